/** The share cards of this build, computed once (src/og/cards.ts), and a PNG response for one. */
import { indicatorBuild } from '../indicators/load.ts';
import { shareCards, type Card } from './cards.ts';
import { renderCard } from './render.ts';

let cached: Promise<Map<string, Card>> | undefined;

export function cardsByPath(): Promise<Map<string, Card>> {
  cached ??= indicatorBuild().then(({ index, indicators, extraction }) => new Map(shareCards(index, indicators, extraction).map((c) => [c.path, c])));
  return cached;
}

/** The PNG of the card at `path`; 404 when there is none. */
export async function cardResponse(path: string): Promise<Response> {
  const card = (await cardsByPath()).get(path);
  if (!card) return new Response('no such image', { status: 404 });
  return new Response(await renderCard(card), { headers: { 'Content-Type': 'image/png' } });
}
