import { mediaStoryInput, textStoryInput } from '../../messaging/story-inputs.js';
import type { RestRoute } from '../rest-route.js';
import { asInput, byId } from './route-variables.js';

/** The account's Status (stories); `/api/status/…` is the connection's, so these live under `/api/stories`. */
export const storyRoutes: RestRoute[] = [
  {
    method: 'POST',
    path: '/api/stories/text',
    tag: 'Stories',
    summary: "Post a text story on the account's Status, with a background colour and font if given",
    operation: 'mutation PostTextStory($input: TextStoryInput!) { postTextStory(input: $input) { id timestamp } }',
    body: textStoryInput,
    variables: asInput,
    failures: [502, 503],
    reply: { message: 'Story posted' },
  },
  {
    method: 'POST',
    path: '/api/stories/media',
    tag: 'Stories',
    summary: "Post a photo, video or audio story on the account's Status, from a URL or base64",
    operation: 'mutation PostMediaStory($input: MediaStoryInput!) { postMediaStory(input: $input) { id timestamp } }',
    body: mediaStoryInput,
    largeBody: true,
    variables: asInput,
    failures: [502, 503],
    reply: { message: 'Story posted' },
  },
  {
    method: 'DELETE',
    path: '/api/stories/:id',
    tag: 'Stories',
    summary: "Delete one of the account's stories for everyone",
    operation: 'mutation DeleteStory($id: String!) { deleteStory(id: $id) { id } }',
    variables: byId,
    failures: [404, 503],
    reply: { message: 'Story deleted' },
  },
];
