// The APIs a model can be called through, by the name `api:` takes.
import { chatProtocol } from './chat.js';
import { responsesProtocol } from './responses.js';
import type { Protocols } from './types.js';

export const PROTOCOLS: Protocols = {
  chat: chatProtocol,
  responses: responsesProtocol,
};

export type { Answer, Protocol } from './types.js';
export { responsesParams, splitMessages } from './responses.js';
