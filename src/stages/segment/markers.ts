// Sentence-level cues that decide where one incident ends and the next begins.

export const ACTION_VERB = /\b(?:attack(?:ed|ing)?|target(?:ed|ing)|detonat(?:ed|ing)|bomb(?:ed|ing)|shell(?:ed|ing)|clash(?:ed|es)|ambush(?:ed|ing)?|assassinat(?:ed|ing)|kill(?:ed|ing|s)?|explod(?:ed|ing)|exploded|storm(?:ed|ing)|raid(?:ed|ing)|abduct(?:ed|ing)|kidnapp(?:ed|ing)|captur(?:ed|ing)|seiz(?:ed|ing)|struck|hit|fired|opened\s+fire|shot|stabb(?:ed|ing)|behead(?:ed|ing)|execut(?:ed|ing)|blew\s+up|set\s+fire|burn(?:ed|t|ing)|torch(?:ed|ing)|destroy(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|overran|took\s+control|retook|recaptur(?:ed|ing)|shot\s+down|sniped|snip(?:ing)|launched|rammed)\b/i;

/** A sentence that opens a new incident in any genre. */
export const NEW_INCIDENT = /^(?:\W*)(?:(?:in|on)\s+(?:a|another)\s+(?:separate|similar|second|third|different|later|earlier)\b|in\s+another\b|separately\b|elsewhere\b|meanwhile\b|another\b|earlier\b|later\b|in\s+a\s+further\b|also\s+on\b|the\s+same\s+day\b)/i;

/** Roundup voice: "They also …", "Soldiers of the Khilafah also …". */
export const ALSO = /\balso\b/i;

/** A second blow at the same scene: two events. */
export const FOLLOW_UP = /\b(?:(?:a\s+)?(?:second|third|another)\s+(?:explosive|device|bomb|car\s+bomb|attack|vehicle|istishhadi|suicide|blast|IED)|those\s+who\s+(?:came|rushed|gathered|arrived|had\s+gathered)|(?:came|rushed|arrived)\s+to\s+(?:help|assist|rescue|aid|evacuate)|(?:rescuers|rescue\s+teams?|first\s+responders|reinforcements)\s+(?:who\s+)?(?:arrived|came|rushed))/i;

/** NEW_INCIDENT or FOLLOW_UP, and the same or ALSO (a roundup's), each in one pass over the sentence. */
export const OPENS_INCIDENT = new RegExp(`${NEW_INCIDENT.source}|${FOLLOW_UP.source}`, 'i');
export const OPENS_ROUNDUP_INCIDENT = new RegExp(`${NEW_INCIDENT.source}|${FOLLOW_UP.source}|${ALSO.source}`, 'i');

/** News sentences about the claim itself, or background and tallies: not part of the incident's figures. */
export const CLAIM_STATEMENT = /\b(?:claimed\s+responsibility|claimed\s+(?:the|that|it|to\s+have)|(?:the\s+group|Islamic\s+State|ISIS|ISIL|IS|ISWAP|Daesh|al-Shabaab|the\s+militants?|the\s+jihadists?)\s+(?:said|claimed|announced|published)|news\s+agency(?!\s*:)|Amaq(?!(?:\s+News)?(?:\s+Agency)?\s*:)|could\s+not\s+(?:be\s+)?(?:independently\s+)?verif|a\s+figure\s+that)\b/;
export const BACKGROUND = /\b(?:since\s+(?:\p{Lu}|the\s+start|early|last|\d)|this\s+year|so\s+far|in\s+recent\s+(?:months|weeks|years)|in\s+total|tally|weekly|per\s+week|each\s+week|over\s+the\s+past|in\s+the\s+past\s+(?:year|month|week)|last\s+year|previous\s+(?:year|month)s?)\b/iu;

// BACKGROUND's /iu costs V8 several times /i. On text of ASCII characters only the two read alike:
// no ſ or K (U+212A) to fold, and \p{Lu} ignoring case is any ASCII letter, as [A-Z] is under /i.
const BACKGROUND_ASCII = new RegExp(BACKGROUND.source.replace('\\p{Lu}', '[A-Z]'), 'i');
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** BACKGROUND.test(sentence), by its /i twin when the sentence is all ASCII. */
export function isBackground(sentence: string): boolean {
  return NON_ASCII.test(sentence) ? BACKGROUND.test(sentence) : BACKGROUND_ASCII.test(sentence);
}

/** What follows a date phrase in a news update about the same incident, not a new one:
 *  "On Monday, two of the wounded died", "On Monday, police said the bomb had killed five". */
export const NEWS_UPDATE = /^[\s,]*(?:police|officials?|authorities|a\s+spokes(?:man|woman|person)|the\s+(?:army|ministry|military|governor|police|bomb|attack|blast|explosion|bombing|death\s+toll|toll|wounded|injured|victims?)|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several)\s+of\s+the\s+(?:wounded|injured|victims)|witnesses|residents|hospital|doctors|medics|the\s+group|it)\b/i;

/** A sentence that revises the last incident's toll, wherever its date stands: never a new incident.
 *  "Two of the wounded later died", "raising the death toll to 14", "the toll rose to 20". */
export const TOLL_UPDATE = /\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|several)\s+of\s+the\s+(?:wounded|injured)\s+(?:later\s+|have\s+since\s+|since\s+)?(?:died|succumbed)|(?:raising|bringing|pushing|taking)\s+the\s+(?:death\s+)?toll\s+to|(?:death\s+)?toll\s+(?:has\s+)?(?:rose|risen|climbed|increased)\s+to)\b/i;

// Cheap literal checks, run first (only where they cost far less than the pattern): every alternative of the pattern named holds one of these
// words, so a sentence with none of them cannot match. (BACKGROUND ignores case under Unicode
// rules, which fold the long s U+017F to s and the Kelvin sign U+212A to k.)
export const MAY_BE_BACKGROUND = /[s\u017f]ince|year|far|recent|total|tally|wee[k\u212a]|pa[s\u017f]t|previou[s\u017f]/i;
export const MAY_BE_TOLL_UPDATE = /died|succumbed|toll/i;
