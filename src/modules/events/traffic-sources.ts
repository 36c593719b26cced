/**
 * Which sites are search engines, social networks, video sites and webmail, for channel grouping
 * (traffic.ts). A short list of data kept here rather than a package: the npm candidates are either stale
 * (referer-parser 0.0.3) or shaped around one product's own sources; GA4's default channel groups use lists of
 * the same kind. Brands match any top-level domain (google.de, google.co.uk) and any subdomain; entries
 * with a dot match that domain and its subdomains only. A brand is also what people write as utm_source.
 */
export const SEARCH_ENGINES = [
  'google',
  'bing',
  'yahoo',
  'duckduckgo',
  'baidu',
  'yandex',
  'ecosia',
  'search.brave.com',
  'startpage',
  'qwant',
  'naver',
  'seznam',
  'sogou',
  'ask',
  'aol',
  'kagi',
  'daum',
  'so.com',
] as const;

export const SOCIAL_NETWORKS = [
  'facebook',
  'fb',
  'fb.com',
  'messenger',
  'instagram',
  'ig',
  'linkedin',
  'lnkd.in',
  'twitter',
  'x',
  'x.com',
  't.co',
  'reddit',
  'pinterest',
  'tiktok',
  'threads',
  'threads.net',
  'mastodon',
  'mastodon.social',
  'bluesky',
  'bsky.app',
  'news.ycombinator.com',
  'hackernews',
  'quora',
  'tumblr',
  'vk',
  'vk.com',
  'weibo',
  'snapchat',
  'discord',
  'telegram',
  't.me',
  'whatsapp',
  'producthunt',
  'slack',
  'meta',
] as const;

export const VIDEO_SITES = ['youtube', 'youtu.be', 'vimeo', 'twitch', 'dailymotion', 'wistia'] as const;

/** Webmail readers: a click in a newsletter read there arrives with their referrer. */
export const WEBMAIL = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'mail.yahoo.com',
  'mail.proton.me',
  'app.fastmail.com',
] as const;
