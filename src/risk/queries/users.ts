import type { AccountStatus } from '../types';

/** A users row as the queries return it (timestamps arrive as JSON strings or Dates). */
export interface UserRow {
  id: string;
  email: string;
  username: string;
  created_at: Date | string;
  country: string | null;
  email_verified: boolean;
  phone_verified: boolean;
  id_verified: boolean;
  status: AccountStatus;
  is_seller: boolean;
}

export const USER_COLUMNS = 'id, email, username, created_at, country, email_verified, phone_verified, id_verified, status, is_seller';
