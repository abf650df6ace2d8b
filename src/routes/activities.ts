import { createRoute, z } from '@hono/zod-openapi';
import { cohortLoad, createActivity, findActivity, listActivities, updateActivity } from '../db/activities';
import { apiApp, errors, json, jsonBody, needs, publicAccess } from '../http/openapi';
import { createActivitySchema, updateActivitySchema } from '../schemas/outreach';
import { activityViewSchema } from '../schemas/outreach-responses';
import { activityView } from '../http/replies/activity';

export const activityParam = z.object({ act: z.string().describe('the activity slug') });

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'List the activities with members and free places',
  ...publicAccess,
  responses: { 200: json(z.array(activityViewSchema), 'The activities') },
});
const createActivityRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Create an activity with cohorts',
  ...needs('admin'),
  request: { body: jsonBody(createActivitySchema) },
  responses: { 201: json(activityViewSchema, 'The new activity'), ...errors(400, 401, 403, 404, 409) },
});
const oneRoute = createRoute({
  method: 'get',
  path: '/{act}',
  summary: 'One activity, with members, free places and how many wait',
  ...publicAccess,
  request: { params: activityParam },
  responses: { 200: json(activityViewSchema, 'The activity'), ...errors(404) },
});
const updateRoute = createRoute({
  method: 'patch',
  path: '/{act}',
  summary: 'Change name, place or schedule (not the cohorts)',
  ...needs('admin'),
  request: { params: activityParam, body: jsonBody(updateActivitySchema) },
  responses: { 200: json(activityViewSchema, 'The activity as changed'), ...errors(400, 401, 403, 404) },
});

export function activityRoutes() {
  return apiApp()
    .openapi(listRoute, async (c) => {
      const services = c.get('services');
      const all = await listActivities(services);
      const views = await Promise.all(
        all.map(async (a) => {
          const { filled, waiting } = await cohortLoad(services, a);
          return activityView(a, filled, waiting);
        }),
      );
      return c.json(views, 200);
    })
    .openapi(createActivityRoute, async (c) => c.json(activityView(await createActivity(c.get('services'), c.req.valid('json'))), 201))
    .openapi(oneRoute, async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.valid('param').act);
      const { filled, waiting } = await cohortLoad(services, a);
      return c.json(activityView(a, filled, waiting), 200);
    })
    .openapi(updateRoute, async (c) => {
      const services = c.get('services');
      const a = await findActivity(services, c.req.valid('param').act);
      return c.json(activityView(await updateActivity(services, a, c.req.valid('json'))), 200);
    });
}
