/**
 * Incidents: tickets pointing at the same entity (seller, show, tracking number, linked-account
 * cluster, off-platform contact). `incident_hits` is one row per (entity, ticket) of a ticket with
 * an incident intent; `incidents` the waves; `incident_tickets` their members (a ticket belongs to
 * at most one open incident); `incident_entities` which entities an incident covers (several after
 * a merge); `incident_links` the helpdesk problem ticket / tracker made for it; `incident_spikes`
 * the recorded rate jumps.
 */
import type { Migration } from './migration';

export const migration: Migration = {
  version: 121,
  name: 'incidents',
  sql: `
CREATE SEQUENCE IF NOT EXISTS incident_seq;
CREATE TABLE IF NOT EXISTS incident_hits (
  entity_key text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  label text NOT NULL,
  source text NOT NULL,
  ticket_id text NOT NULL,
  requester_key text NOT NULL,
  intent text NOT NULL,
  amount_cents bigint NOT NULL DEFAULT 0,
  currency text,
  risk_score double precision NOT NULL DEFAULT 0,
  seen_at timestamptz NOT NULL,
  PRIMARY KEY (entity_key, source, ticket_id)
);
CREATE INDEX IF NOT EXISTS incident_hits_entity_seen_idx ON incident_hits (entity_key, seen_at);
CREATE TABLE IF NOT EXISTS incidents (
  id text PRIMARY KEY,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  label text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'resolved')),
  severity text NOT NULL,
  ticket_count integer NOT NULL DEFAULT 0,
  requester_count integer NOT NULL DEFAULT 0,
  amount_cents bigint NOT NULL DEFAULT 0,
  currency text,
  intents jsonb NOT NULL DEFAULT '[]'::jsonb,
  first_seen timestamptz NOT NULL,
  last_seen timestamptz NOT NULL,
  merged_into text,
  resolved_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS incidents_status_seen_idx ON incidents (status, last_seen DESC);
CREATE TABLE IF NOT EXISTS incident_entities (
  entity_key text NOT NULL,
  incident_id text NOT NULL,
  PRIMARY KEY (entity_key, incident_id)
);
CREATE INDEX IF NOT EXISTS incident_entities_incident_idx ON incident_entities (incident_id);
CREATE TABLE IF NOT EXISTS incident_tickets (
  incident_id text NOT NULL,
  source text NOT NULL,
  ticket_id text NOT NULL,
  requester_key text NOT NULL,
  intent text NOT NULL,
  amount_cents bigint NOT NULL DEFAULT 0,
  currency text,
  risk_score double precision NOT NULL DEFAULT 0,
  seen_at timestamptz NOT NULL,
  linked_at timestamptz,
  PRIMARY KEY (incident_id, source, ticket_id)
);
CREATE INDEX IF NOT EXISTS incident_tickets_ticket_idx ON incident_tickets (source, ticket_id);
CREATE TABLE IF NOT EXISTS incident_links (
  incident_id text NOT NULL,
  source text NOT NULL,
  vendor_id text,
  state text NOT NULL CHECK (state IN ('creating', 'created')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (incident_id, source)
);
CREATE TABLE IF NOT EXISTS incident_spikes (
  id bigserial PRIMARY KEY,
  entity_key text NOT NULL,
  label text NOT NULL,
  rate double precision NOT NULL,
  baseline double precision NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS incident_spikes_entity_idx ON incident_spikes (entity_key, at DESC);
`,
};
