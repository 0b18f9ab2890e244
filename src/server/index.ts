export { createApp, type AppDeps } from './create-app';
export { startServer, type ServerHandle, type StartServerOptions } from './start-server';
export { runServer } from './run-server';
export { handleShutdownSignals, DAEMON_EXIT, SHUTDOWN_DEADLINE_MS } from './shutdown-signals';
export { createRedisConnection, isRedisReady, type RedisRole } from './redis-connection';
export { redisReadinessCheck, type ReadinessCheck } from './health';
