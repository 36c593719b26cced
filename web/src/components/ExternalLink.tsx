import { Anchor, type AnchorProps, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Whether a stored address is one a link may open: http(s) only, as the URL parser reads it. */
export function isWebAddress(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The one way the app links to an address a person typed (a website, a landing page): a new tab without the
 * opener, and plain text for anything that is not http(s), such as a `javascript:` address an old import kept.
 */
export function ExternalLink({
  href,
  children,
  ...props
}: AnchorProps & { href: string; children: ReactNode }) {
  if (!isWebAddress(href))
    return (
      <Text span size={props.size}>
        {children}
      </Text>
    );
  return (
    <Anchor href={href} target="_blank" rel="noreferrer noopener" {...props}>
      {children}
    </Anchor>
  );
}
