// The API key, kept for this browser tab only (sessionStorage: gone when the tab closes), and who it
// belongs to (GET /v1/session).
const KEY = 'claimscope.apiKey';

export type Role = 'viewer' | 'analyst' | 'admin';
export interface SessionInfo { key: { id: string; name: string; role: Role } | null; openRead: boolean }

export const storedKey = (): string | null => sessionStorage.getItem(KEY);
export const storeKey = (key: string): void => sessionStorage.setItem(KEY, key);
export const forgetKey = (): void => sessionStorage.removeItem(KEY);

let current: SessionInfo | null = null;
export const session = (): SessionInfo | null => current;
export const setSession = (s: SessionInfo | null): void => { current = s; };
export const canWrite = (): boolean => current?.key?.role === 'analyst' || current?.key?.role === 'admin';
export const isAdmin = (): boolean => current?.key?.role === 'admin';
