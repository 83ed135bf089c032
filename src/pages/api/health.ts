import type { APIRoute } from 'astro';

export const prerender = false;

/** The server is up and its database open (the middleware initialises both on the first dynamic request). */
export const GET: APIRoute = () => Response.json({ ok: true });
