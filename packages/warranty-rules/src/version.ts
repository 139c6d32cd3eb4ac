/** Bump on any change that can alter a Decision, so stored decisions can say which rules made them. */
export const ENGINE_VERSION = '2.0.0';
