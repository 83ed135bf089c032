/// <reference types="vite-plugin-pwa/info" />

declare namespace App {
  interface Locals {
    /** The signed-in moderator on moderation routes, put there by the middleware (and `requireModerator`). */
    moderator?: import('./schemas/moderator').Moderator;
  }
}
