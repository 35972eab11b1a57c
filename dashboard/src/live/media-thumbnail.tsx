import { useEffect, useState } from 'preact/hooks';
import type { SessionClient } from '../api/session-client';
import { DashboardMessageMediaDocument } from '../generated/graphql';

/**
 * A received image, small, beside its message. The file comes through the API with the page's key (an
 * `<img src>` could not send it), once per message; one WhatsApp no longer has shows nothing.
 */
export function MediaThumbnail({ client, messageId, alt }: { client: SessionClient; messageId: string; alt: string }) {
  const [source, setSource] = useState<string | undefined>(undefined);
  useEffect(() => {
    let shown = true;
    client
      .request(DashboardMessageMediaDocument, { id: messageId })
      .then(({ messageMedia }) => {
        if (shown && messageMedia.contentType.startsWith('image/'))
          setSource(`data:${messageMedia.contentType};base64,${messageMedia.data}`);
      })
      .catch(() => undefined);
    return () => {
      shown = false;
    };
  }, [client, messageId]);
  return source ? <img class="feed__thumbnail" src={source} alt={alt} data-testid="feed-thumbnail" /> : null;
}
