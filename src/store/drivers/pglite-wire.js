'use strict';
/**
 * The few PostgreSQL wire-protocol messages the socket server reads or writes itself: the startup
 * packet, the password exchange, a fatal error, and the ReadyForQuery status that says whether a
 * client has finished with the session. Everything else passes through to PGlite untouched.
 */
const PROTOCOL_3 = 196608;
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I': no transaction open
const PASSWORD = 0x70; // 'p'
const TERMINATE = 0x58; // 'X'

function isStartupPacket(message) {
  return message.length >= 8 && Buffer.from(message.buffer, message.byteOffset, message.length).readInt32BE(4) === PROTOCOL_3;
}

function frame(type, body) {
  const header = Buffer.alloc(5);
  header[0] = type;
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

/** AuthenticationCleartextPassword: the client answers with a PasswordMessage. */
function askForPassword() {
  const body = Buffer.alloc(4);
  body.writeInt32BE(3, 0);
  return frame(0x52, body);
}

/** The password in a PasswordMessage, or null when the message is something else. */
function passwordIn(message) {
  if (message[0] !== PASSWORD || message.length < 6) return null;
  const text = Buffer.from(message.buffer, message.byteOffset + 5, message.length - 5);
  const end = text.indexOf(0);
  return end === -1 ? null : text.subarray(0, end);
}

/** ErrorResponse with severity FATAL: the client reports `text` and the connection ends. */
function fatalError(code, text) {
  const field = (tag, value) => Buffer.concat([Buffer.from([tag]), Buffer.from(value, 'utf8'), Buffer.from([0])]);
  return frame(0x45, Buffer.concat([field(0x53, 'FATAL'), field(0x56, 'FATAL'), field(0x43, code), field(0x4d, text), Buffer.from([0])]));
}

/**
 * Follows the backend's replies to one client across chunks and tells whether the last complete
 * message was ReadyForQuery with status idle: the moment the client no longer needs the session.
 */
function createReadyWatcher() {
  const header = Buffer.alloc(5);
  let headerBytes = 0;
  let bodyLeft = 0;
  let type = 0;
  let status = 0;
  return {
    feed(chunk) {
      let at = 0;
      while (at < chunk.length) {
        if (bodyLeft > 0) {
          const take = Math.min(bodyLeft, chunk.length - at);
          if (type === READY_FOR_QUERY) status = chunk[at];
          at += take;
          bodyLeft -= take;
          continue;
        }
        header[headerBytes++] = chunk[at++];
        if (headerBytes < 5) continue;
        headerBytes = 0;
        type = header[0];
        status = 0;
        bodyLeft = header.readInt32BE(1) - 4;
      }
    },
    idle: () => headerBytes === 0 && bodyLeft === 0 && type === READY_FOR_QUERY && status === IDLE,
  };
}

module.exports = { TERMINATE, askForPassword, createReadyWatcher, fatalError, isStartupPacket, passwordIn };
