import type { RouteHandler } from '../gateway-deps.js';
import { sendJson } from '../http-io.js';
import { visibleModels } from '../resolve-model.js';
import { authenticateRequest } from './authenticate-request.js';

/** GET /v1/models: the models this caller may use, in OpenAI's list shape. */
export const modelsRoute: RouteHandler = async (context, req, res, deps) => {
  const key = await authenticateRequest(context, req, deps);
  const data = visibleModels(deps, key).map((model) => ({
    id: model.name,
    object: 'model',
    created: 0,
    owned_by: model.provider,
  }));
  sendJson(res, context, 200, { object: 'list', data });
};
