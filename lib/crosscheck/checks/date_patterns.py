"""The surface patterns of relative and partial dates, one compiled regex per family.

Each pattern's match is resolved by :mod:`crosscheck.checks.relative_date`; the order of
:data:`FAMILIES` is the priority where two matches overlap (a month and day before a bare weekday).
"""
from __future__ import annotations

import re

from ._base import DAY_RE, MONTH_ANCHOR, MONTH_FULL_RE, MONTH_NAMES, MONTH_RE, WEEKDAY_ANCHOR, WEEKDAY_FULL_RE, YEAR_RE, Anchor
from .holidays import HOLIDAY, HOLIDAY_NAME
from .numbers import DAY_WORD, NUMBER

_PREP = (r"(?:(?P<prep>[Oo]n|[Uu]ntil|[Tt]ill|[Tt]hrough|[Bb]y|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Aa]s of|"
         r"[Ss]tarting|[Bb]eginning|[Ee]nding)\s+)?")
_NOT_YEAR = r"(?!,?\s*(?:" + YEAR_RE + r"|[0-9]))(?![/\-][0-9])"
_DAY = r"(?:" + DAY_RE + r"|" + DAY_WORD + r"(?![\w\-]))"
_UNIT = r"(?:days?|weeks?|fortnights?|months?|years?|decades?)"

#: the second day of a range ("September 16-19", "Sept. 30-Oct. 2", "Nov. 28 to Dec. 1"); not "3 to 4 percent"
_RANGE_TO = r"(?:\s*[-–]\s*|\s+(?:to|through|thru)\s+)"
_RANGE_END = (r"(?P<rng>" + _RANGE_TO + r"(?:(?P<m3>" + MONTH_RE + r")\s+)?(?P<d3>" + DAY_RE + r")"
              r"(?!\s*(?:%|percent|per\b|[ap]\.?m\b|:|\.[0-9])))?")
MONTH_DAY = re.compile(
    r"(?<![\w/\-])" + _PREP + r"(?P<weekof>[Tt]he\s+week\s+of\s+)?(?:(?P<wdpre>(?:[Tt]his\s+coming|[Nn]ext|[Tt]his|[Cc]oming|[Ll]ast)\s+)?"
    r"(?P<wd>" + WEEKDAY_FULL_RE + r"),?\s+)?(?:the\s+)?"
    r"(?:(?P<m1>" + MONTH_RE + r")\s+(?:the\s+)?(?P<d1>" + _DAY + r")" + _RANGE_END +
    r"|(?P<d2>" + _DAY + r")(?:\s*[-–]\s*(?P<d4>" + DAY_RE + r"))?\s+(?:of\s+)?(?P<m2>" + MONTH_RE + r"))"
    + _NOT_YEAR
    # "June 16th of last year", "March 3 of this year": the year named relative to publication
    + r"(?:\s+of\s+(?P<ofyear>last|this|next)\s+year(?![\w\-]))?"
)

_WD_PRE = (r"(?:[Ll]ast|[Nn]ext|[Tt]his\s+coming|[Tt]his\s+past|[Tt]his|[Cc]oming|[Pp]ast|[Oo]n|[Uu]ntil|[Tt]ill|"
           r"[Bb]y|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hrough|[Ee]arl(?:y|ier)|[Ll]ate(?:r)?|[Mm]idnight|"
           r"[Tt]he\s+previous|[Tt]he\s+prior|[Tt]he\s+following|[Tt]he\s+next)")
WEEKDAY = re.compile(
    r"(?<![\w\-])(?P<pre>" + _WD_PRE + r"\s+(?:(?:on\s+)?(?:[Tt]his|[Nn]ext|[Ll]ast|[Cc]oming)\s+)?)?"
    r"(?P<wd>" + WEEKDAY_FULL_RE + r")(?:'s|’s)?(?P<part>\s+(?:morning|afternoon|evening|night)(?!s\b))?(?:'s|’s)?"
    r"(?P<ofwk>\s+of\s+(?:[Ll]ast|[Nn]ext|[Tt]his)\s+week(?![\w\-'’]))?(?!\s*,?\s*(?:the\s+)?[0-9])(?!,?\s*" + MONTH_RE + r")(?![/\-])"
)
#: a weekday that is part of a name ("Good Friday", "Fox News Sunday") or of a full date ("2016, Sunday")
WEEKDAY_NAME_BEFORE = re.compile(
    r"(?:Good|Black|Cyber|Ash|Easter|Palm|Holy|Maundy|Bloody|Super|Orthodox|Shrove|Giving|News|Meet|Manic|"
    r"Blue|Casual|Fat|Freaky)\s+$")
AFTER_DATE = re.compile(r"(?:[0-9]|" + MONTH_RE + r")\s*[,(]\s*(?:a\s+|the\s+)?$")

_MONTH_PRE = (r"(?:[Aa]s\s+(?:late|early|recently|soon|far\s+back)\s+as|"  # "sat 11th as late as July"
              r"[Ii]n|[Ii]nto|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Tt]hrough|[Ll]ast|[Nn]ext|[Tt]his|"
              r"[Ee]nd\s+of|[Ss]tart\s+of|[Bb]eginning\s+of|[Mm]iddle\s+of|[Ee]arly|[Mm]id|[Ll]ate|[Bb]efore|[Aa]fter)")
#: what a period's figures are called ("April inflation", "first-quarter GDP")
FIGURE_NOUN = (r"(?:inflation|retail|sales|jobs|payrolls?|trade|employment|unemployment|CPI|GDP|consumer|producer|"
               r"housing|factory|industrial|manufacturing|earnings|results|profits?|revenue|growth|output|data)\b")
#: verbs whose object may be a month ("to start March", "ended June")
_MONTH_OBJECT_VERBS = ("start", "starts", "started", "starting", "end", "ends", "ended", "ending", "open", "opens",
                       "opened", "opening", "close", "closes", "closed", "closing", "begin", "begins", "began",
                       "finish", "finished")
MONTH_ALONE = re.compile(
    r"(?<![\w\-])(?:(?P<pre>" + _MONTH_PRE + r")(?:\s+|(?<=[Mm]id)-)(?:the\s+)?(?P<q>(?:early|mid|late|end\s+of|"
    r"(?P<wk>first|second|third|fourth|last|final)\s+week\s+of)[\s\-]+)?"
    r"(?P<m>" + MONTH_FULL_RE + r")(?P<of>\s+(?:(?:of\s+)?(?:this|last|next)|of\s+that)\s+year(?![\w\-'’]))?"
    + _NOT_YEAR + r"(?!\s+" + DAY_RE + r")"
    r"|(?P<det>[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?P<m_attr>" + MONTH_FULL_RE + r")(?=\s+[a-z])"
    # a month after a superlative ("the strongest March in its history"), or with "so far" ("April so far is")
    r"|(?<=\b[Tt]he\s)(?:[a-z]{3,}est\s+)(?P<m_sup>" + MONTH_FULL_RE + r")(?![\w\-])" + _NOT_YEAR
    + r"(?!\s+" + DAY_RE + r")"
    r"|(?P<m_sofar>" + MONTH_FULL_RE + r")(?=\s+so\s+far\b)"
    # a month joined to a month before it ("softened in May and June"): a month, whichever word it also is
    r"|(?:" + "|".join(rf"(?<={name}\s{joint}\s)" for name in MONTH_NAMES for joint in ("and", "or")) + r")"
    r"(?P<m_and>" + MONTH_FULL_RE + r")(?![\w\-])" + _NOT_YEAR + r"(?!\s+" + DAY_RE + r")"
    # and the month a month is joined to ("pencilled in for April and May"), after a preposition
    r"|(?:" + "|".join(rf"(?<=\b{p}\s)" for p in ("for", "in", "of", "between", "from", "over", "through", "during",
                                                "until", "by")) + r")(?P<m_pair>" + MONTH_FULL_RE + r")(?=\s+(?:and|or)\s+" + MONTH_FULL_RE + r"(?![\w\-])"
    + _NOT_YEAR + r"(?!\s+" + DAY_RE + r"))"
    # a month standing alone as subject or object ("Nobody wants to open January with a shutdown", "January's
    # jobs report"): only names that are no word, first name or verb besides (not March, May, June, April, August);
    # not after a capitalised word inside a sentence ("Operation October": see relative_date._skip_month)
    # a month naming the period of a figure ("April inflation figures are due on May 15")
    r"|(?P<m_fig>" + MONTH_FULL_RE + r")(?=\s+" + FIGURE_NOUN + r")"
    # a month that is also a word or first name, as the object of a verb of starting or ending ("Stocks slip to
    # start March")
    r"|(?:" + "|".join(rf"(?<=\b{v}\s)" for v in _MONTH_OBJECT_VERBS) + r")(?P<m_obj>March|April|May|June|August)"
    r"(?![\w\-])" + _NOT_YEAR + r"(?!\s+" + DAY_RE + r")"
    # a month that is also a word or first name, as the subject of "was"/"has been" ("May was the warmest on
    # record"): the modal "may" takes no "was" after it
    r"|(?P<m_subj>March|April|May|June|August)(?=\s+(?:was|is|has\s+been|had\s+been)\b)"
    # a month after "for" (also a name: "voted for April"); kept only after a verb that sets a date (relative_date)
    r"|(?<=\bfor\s)(?P<m_for>March|April|May|June|August)(?![\w\-])" + _NOT_YEAR + r"(?!\s+" + DAY_RE + r")(?!\s+[A-Z])"
    # a month as the complement of "it's" ("then they said the holidays, now it's March")
    r"|(?:(?<=\b[Ii]t's\s)|(?<=\b[Ii]t’s\s))(?P<m_it>" + MONTH_FULL_RE + r")(?![\w\-])" + _NOT_YEAR
    + r"(?!\s+" + DAY_RE + r")"
    r"|(?P<m_bare>January|February|July|September|October|November|December)(?![\w\-])"
    + _NOT_YEAR + r"(?!\s+(?:" + DAY_RE + r"|[A-Z]))(?!\s*[-–]\s*[A-Z]))"
)

_SEASON_AIMS = ("planned", "planning", "plan", "expect", "expects", "expected", "expecting", "predict", "predicts",
                "predicted", "forecast", "forecasts", r"looking\sat", "facing", "faces", "face")
SEASON = re.compile(
    r"(?<![\w\-])(?:(?P<mod>[Tt]he\s+(?:following|next|previous|prior)|[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|"
    r"[Tt]his|[Tt]hat|[Ee]arly|[Ll]ate)(?:\s+|-)"
    r"(?P<s1>spring|summer|autumn|fall|winter)"
    r"|(?P<prep>[Aa]s\s+(?:late|early|recently|far\s+back)\s+as|[Ii]n|[Ff]or|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Oo]ver|[Tt]hrough(?:out)?|[Ii]nto|[Aa]head\s+of|[Bb]efore|[Aa]fter|(?:[Mm]uch|[Mm]ost|[Pp]art|[Aa]ll|[Rr]est)"
    r"\s+of)\s+the\s+(?P<s2>spring|summer|autumn|fall|winter)"
    # a bare season a bound or a span names ("stop selling it by spring", "run into summer"); not "in spring", a habit
    r"|(?P<bound>[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Ii]nto|[Tt]hrough)\s+(?P<s3>spring|summer|autumn|fall|winter)"
    # a season as the time a verb spends ("We'll take the winter to look at it", "spent the summer in Maine")
    r"|(?:(?<=\btake\s)|(?<=\btook\s)|(?<=\btaking\s)|(?<=\bspend\s)|(?<=\bspent\s)|(?<=\bspending\s))"
    r"the\s+(?P<s4>spring|summer|autumn|fall|winter)(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:to|in|at|on|with|for|and|off|away|"
    r"here|there|[a-z]+ing)\b)"
    # a season a plan or an outlook is of ("I'd planned a quiet fall", "We are looking at a long, dry fall")
    r"|(?:" + "|".join(rf"(?<=\b{v}\s)" for v in _SEASON_AIMS) + r")an?\s+(?:[a-z]+,?\s+){1,2}?"
    r"(?P<s5>spring|summer|autumn|fall|winter)(?=\s*(?:[,.;:!?)\"”]|$))"
    # "double those of the winter before": counted from the season before, its event left unsaid
    r"|(?<![\w\-])[Tt]he\s+(?P<s6>spring|summer|autumn|fall|winter)\s+(?P<sdir>before|after)(?=\s*(?:[,.;:!?)]|$)|\s+"
    r"(?:and|but|when|as|that|for|in|at|on|with|to|from)\b))"
    r"(?![\w\-])(?!\s+of\s+(?:" + YEAR_RE + r"|last|this|next))(?!\s+" + YEAR_RE + r")"
)

QUARTER = re.compile(
    r"(?<![\w\-])(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Tt]he\s+(?:previous|prior|following|current|coming))\s+quarter"
    r"|(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final)(?:\s+|(?P<fig>-))quarter"
    r"(?P<of>\s+(?:of\s+)?(?:this|last|next)\s+year(?![\w\-'’]))?"
    r"|(?:the\s+)?(?P<mfirst>" + MONTH_RE + r")\s*[-–]\s*(?P<mlast>" + MONTH_RE + r")\s+quarter"
    r"|(?P<q>Q[1-4])"
    r"|the\s+(?P<hq>holiday)\s+quarter"  # retail's "the holiday quarter": the one of the year-end holidays, Q4
    # a quarter left unsaid after one named before it: "in the fourth quarter, down from 0.5% in the third"
    r"|(?<=\bin\s)the\s+(?P<eord>first|second|third|fourth)(?=\s*[,.;)]))"
    r"(?![\w\-])(?!\s+of\s+(?:" + YEAR_RE + r"|the\b))(?!\s+" + YEAR_RE + r")",
    re.IGNORECASE,
)

_N = r"(?P<n>" + NUMBER + r")"
RELATIVE = re.compile(
    r"(?<![\w\-])(?:(?P<dby>the\s+day\s+before\s+yesterday)|(?P<dat>the\s+day\s+after\s+tomorrow)"
    r"|(?P<yesterday>yesterday)(?P<ypart>\s+(?:morning|afternoon|evening))?"
    r"|(?P<twice>the\s+(?P<u15>week|weekend|month|year)\s+(?P<tdir>before\s+last|after\s+next))"
    r"|(?P<lastnight>last\s+night)"
    r"|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<tomorrow>tomorrow)(?P<tpart>\s+(?:morning|afternoon|evening|night))?"
    r"|(?P<ago>" + _N + r"\s+(?P<u>" + _UNIT + r")\s+ago)"
    r"|(?P<from_now>" + _N.replace("?P<n>", "?P<n2>") + r"\s+(?P<u2>" + _UNIT + r")\s+from\s+now)"
    # "the ferry strike is three weeks away": that far ahead; "all month", "an early-week meeting": this one
    r"|(?P<away>" + _N.replace("?P<n>", "?P<n19>") + r"\s+(?P<u19>days?|weeks?|months?|years?)\s+away)"
    r"|(?P<whole>all\s+(?P<u20>week|month|year)(?:\s+long)?(?!\s+(?:round|old)\b))"
    r"|(?P<todate>(?P<u22>year|month)[\s\-]to[\s\-]date)"  # "up 3.1% year-to-date": this year so far
    r"|(?P<midweek>(?:(?:early|mid|late)-?|(?<!['’]s\s)holiday-shortened\s+)(?P<u21>week))"
    # "for young people in the new year" in late December: the year about to begin
    r"|(?P<newyear>the\s+new\s+year)(?![\w\-'’])(?!\s+(?:holidays?|celebrations?|party|parties|resolutions?|eve)\b)"
    r"|(?P<within>within\s+(?:the\s+)?(?:next\s+|coming\s+)?" + _N.replace("?P<n>", "?P<n3>")
    + r"\s+(?P<u3>days?|weeks?|months?|years?))"
    r"|(?P<next_n>(?:in|over|during)\s+the\s+(?:next|coming)\s+" + _N.replace("?P<n>", "?P<n4>")
    + r"\s+(?P<u4>days?|weeks?|months?|years?))"
    r"|(?P<in_n>in\s+" + _N.replace("?P<n>", "?P<n5>") + r"\s+(?P<u5>days?|weeks?|months?|years?)(?:\s+time)?"
    r"(?!\s+(?:later|earlier|before|after|prior)(?![\w\-])))"  # "stepped in two days later": a count from a date
    r"|(?P<past_n>(?:in|over|during)\s+the\s+(?:past|last|previous)\s+" + _N.replace("?P<n>", "?P<n6>")
    + r"\s+(?P<u6>days?|weeks?|months?|years?))(?!\s+of\s+the\b)"
    r"|(?P<past1>(?:in|over|during)\s+the\s+(?:past|last)\s+(?P<u7>week|month|year))(?!\s+of\s+the\b)"
    r"|(?P<coming>in\s+(?:the\s+)?(?:(?:coming|next\s+few|days\s+and|weeks\s+and)\s+(?P<u8>days|weeks|months)"
    r"|(?P<u8b>days|weeks|months)\s+ahead))"
    r"|(?P<recent>in\s+recent\s+(?P<u9>days|weeks|months))"
    r"|(?P<part>(?P<dir>earlier|later)\s+this\s+(?P<u10>week|month|year))"
    r"|(?P<end>(?:the\s+)?(?P<edge>end|start|beginning|middle|rest|remainder|(?:first|last|final)\s+(?:(?:two|three|four|five|six|"
    r"seven|eight|nine|ten|few|[2-9])\s+(?:days|weeks|months)|weeks?|months?|half))\s+of\s+(?P<emod>the|this|next|last)\s+(?P<u11>week|month|quarter|year)"
    r"|(?P<uend>week|month)['’]s\s+end|(?P<uend3>month|quarter)-end|year(?:['’]s\s+|[\s\-])end)"
    r"|(?P<anch>(?:" + _N.replace("?P<n>", "?P<n12>") + r"|a\s+few)\s+(?P<u12>days?|weeks?|months?|years?)"
    r"\s+(?P<adir>earlier|later|before|after|prior)(?=\s*[,.;:)]|\s+(?:in|on|at|when|as|and|that|to)\b|$"
    r"|(?:(?<=later)|(?<=earlier))(?!\s+than\b|\s*[-–]\w)))"
    r"|(?P<adjday>the\s+(?P<adjdir>day\s+after|(?:next|following|previous|prior)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:day|night|evening)\s+before|same\s+day)(?=\s*[,.;:)]|\s+(?:in|on|at|for|with"
    r"|when|as|and|that|to|he|she|they|it|until|while|because)\b|$"
    # "won again the following morning before her upset": a preposition after a day counted needs no object
    r"|(?<!before)(?<!after)\s+(?:before|after)\s"
    # "The next day the board appointed ...": a subject after "the next day" (not after "the day before")
    r"|(?<!before)(?<!after)(?<!same\sday)\s+the\s))"
    r"|(?P<inday>(?P<idir>earlier|later)\s+(?:in\s+the|that)\s+day)"
    r"|(?P<inper>(?P<ipdir>earlier|later)\s+(?:in\s+the|that)\s+(?P<u16>week|month|year))"
    r"|(?P<that>(?<![Ss]aid\s)(?<![Ss]ays\s)that\s+(?P<thatpart>morning|afternoon|evening|night|day|weekend|week|month|year)"
    r"(?!\s+(?:would|will|could|might|may|must|should|was|were|is|are|has|had|have|came|comes|in|of)\b))"
    r"|(?P<adjperiod>the\s+(?P<pdir>previous|prior|following|next)\s+(?P<u13>weekend|week|month|year)"
    r"|the\s+(?P<u13b>week|month|year)\s+(?P<pdir2>before|after|prior)(?:\s+that(?=\s+(?:a|an|the|his|her|its|their)\s))?"
    # "sail the week before for exercises": no object after "before" when a preposition follows
    r"(?=\s*[,.;:)]|\s+(?:when|as|and|he|she|they|it|for|in|on|at|to|with)\b|\s+that\b|$|(?<=that)\s))"
    # the year-ago twin of a compared period: "the same quarter a year earlier", "the same period last year",
    # "the year-earlier quarter", "the year-ago period"
    r"|(?P<yago>the\s+(?:(?:same|comparable|corresponding)\s+(?P<u18>quarter|period|month|week|season)\s+(?:a\s+year\s+"
    r"(?:earlier|ago|before)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior)\s+year)"
    r"|(?:year-earlier|year-ago|prior-year|year-before|previous-year)\s+(?P<u18b>quarter|period|month|week)))"
    # "had left the state by then": the date before, at its own size
    r"|(?P<then>(?:(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s))then)"
    r"|(?P<same>that\s+same\s+(?P<u17>day|morning|afternoon|evening|night|weekend|week|month|year))"
    # "stayed on after the holiday weekend": the weekend of the holiday the text named last
    r"|(?P<holwk>the\s+(?:long\s+)?(?:bank\s+)?holiday\s+weekend)"
    r"|(?P<weekend>(?:(?P<wmod>last|next|this\s+past|this\s+coming|this|coming|past|over\s+the|the"
    # a weekend an outlook is of ("forecasters expect a dry, mild weekend")
    r"|(?:" + "|".join(rf"(?<=\b{v}\s)" for v in _SEASON_AIMS) + r")an?(?:\s+[a-z]+,?){1,2}?)\s+)"
    r"(?P<wlong>long\s+)?weekend(?!\s+of\s))"
    r"|(?P<period>(?P<mod>last|next|this\s+past|this|past|previous|coming|following|the\s+full(?=\s+year\b(?!\s+of)))"
    r"\s+(?P<u14>week|month|year)))"
    r"(?![\w\-])",
    re.IGNORECASE,
)

#: "a week from Thursday", "three days from Friday", "a week ago Monday": a weekday moved by days or weeks;
#: the British "a week on Friday" (weeks only, not "a week on Friday's report"); "two weeks from today", "a year
#: ago today", "a week from tomorrow": a day moved by any unit; the British "a week today", "two weeks tomorrow"
WEEKDAY_OFFSET = re.compile(
    r"(?<![\w\-])(?:(?P<n>" + NUMBER + r")\s+(?P<u>days?|weeks?)\s+(?P<dir>from|ago|(?<=week\s)on|(?<=weeks\s)on)\s+"
    r"(?:(?:this|next|last|on)\s+)?"
    r"(?P<wd>" + WEEKDAY_FULL_RE + r")(?!['’])(?P<part>\s+(?:morning|afternoon|evening|night))?"
    r"|(?P<n2>" + NUMBER + r")\s+(?P<u2>days?|weeks?|months?|years?)\s+(?P<dir2>from|ago)\s+"
    r"(?P<base>today|tomorrow|yesterday)"
    r"|(?P<n3>" + NUMBER + r")\s+(?P<u3>weeks?)\s+(?P<base3>today|tomorrow)(?!\s+since\b))(?![\w\-'’])",  # British: "a week today"
    re.IGNORECASE,
)
WEEKDAY_OFFSET_ANCHOR = Anchor(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "today", "tomorrow", "yesterday"])

#: "set for the 17th", "until the 3rd": a day of the month without its month (the month is the nearest
#: one with that day in the direction of the clause); not "the 17th century", "the 3rd district"
DAY_OF_MONTH = re.compile(
    r"(?:(?<=[Ff]or\s)|(?<![\w\-])(?P<prep>[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Ss]ince|[Bb]efore|[Aa]fter|"
    r"[Ff]rom)\s+)the\s+(?P<d>[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w\-])"
    r"(?P<of>\s+of\s+(?:this|next|last)\s+month)?(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|when|while|at|as|after|before|until)\b"
    r"|(?(prep)\s+for\b|(?!)))"  # "stopped on the 20th for the break" (after a preposition of its own)
)

#: "the morning after the debate", "the week before Christmas", "the Saturday before Lunar New Year", "six weeks
#: before Election Day", "two days after the vote"
EVENT = re.compile(
    r"(?<![\w\-])(?:[Tt]he\s+(?:(?P<part>day|morning|afternoon|evening|night|week|weekend)|(?P<wd>" + WEEKDAY_FULL_RE
    + r")|(?P<ordn>[1-9][0-9]?(?:st|nd|rd|th)|" + DAY_WORD + r")\s+day)|(?i:(?P<n>" + NUMBER + r")\s+"
    r"(?P<cunit>days?|weeks?|months?|years?)))"
    # "of" the event: "the night of the crash" is its day, "the 10th day of the strike" counts from its first
    r"\s+(?P<dir>after|before|following|of)\s+(?:(?P<hol>" + HOLIDAY_NAME + r")(?![\w\-])"
    r"(?P<holyear>\s+(?:last|this|next)\s+year(?![\w\-]))?"  # "the Saturday after Thanksgiving last year"
    r"|the\s+(?:(?:first|second|third|final|last|next|big|televised|presidential|crucial|key)\s+)?"
    r"(?P<noun>[a-z][a-z\-]{2,})(?![\w\-])(?!\s+(?:of|[a-z]+ing|[a-z]+ed)\b))"
)
#: "the trial's second day", "the strike's 10th day": the Nth day of an event, counted from its first
#: "election night": the night of an event the text dates (not "last night", "opening night": no event dated so)
EVENT_DAY = re.compile(r"(?<![\w\-])(?:[Tt]he\s+(?P<noun>[a-z][a-z\-]{2,})['’]s\s+(?P<ordn>[1-9][0-9]?(?:st|nd|rd|th)|"
                       + DAY_WORD + r")\s+day|(?<![Tt]he\s)(?P<nnoun>(?!(?:last|tomorrow|that|this|every|each|some|any|same|next|previous|following|"
                       r"prior|late|early|first|second|third|fourth|fifth|sixth|final|opening|closing|school|week)\s)"
                       r"[a-z]{4,})\s+night"
                       # "New Year's Day, the day the window opened": a day named by what happened on it
                       r"|(?<=,\s)the\s+(?P<cpart>day|night)\s+(?:that\s+|when\s+)?(?:the\s+[a-z]+|he|she|they|it|we)"
                       r"\s+[a-z]{3,}ed)(?![\w\-])")
EVENT_DAY_ANCHOR = Anchor(["st day", "nd day", "rd day", "th day", " night", "the day"])  # every ordinal ends so
EVENT_ANCHOR = Anchor(["after", "before", "following", "day of the", "night of the", "morning of the",
                       "evening of the", "afternoon of the", "week of the", "weekend of the"])

RELATIVE_ANCHOR = Anchor(["yesterday", "tomorrow", "today", "tonight", "morning", "afternoon", "evening", "night",
                          "day", "days", "week", "weeks", "fortnight", "weekend", "month", "months", "year", "years", "decade",
                          "decades", "end", "then"])
SEASON_ANCHOR = Anchor(["spring", "summer", "autumn", "fall", "winter"])
QUARTER_ANCHOR = Anchor(["quarter", "q1", "q2", "q3", "q4", "the first", "the second", "the third", "the fourth"])
HOLIDAY_ANCHOR = Anchor(["christmas", "boxing", "new year", "independence", "fourth", "bank holiday", "july fourth", "july 4th",
                         "halloween", "valentine", "patrick", "david", "george", "andrew", "veterans", "australia", "anzac", "canada", "armistice", "remembrance", "juneteenth", "twelfth night", "epiphany", "patriot", "emancipation", "tax day",
                         "inauguration", "thanksgiving", "black friday", "cyber monday", "labor day", "labour day",
                         "memorial", "luther king", "mlk", "presidents", "columbus", "mother", "father", "election day", "super tuesday",
                         "easter", "good friday", "palm sunday", "mothering", "bonfire", "fawkes", "ash wednesday", "mardi gras", "shrove", "fat tuesday",
                         "maundy", "holy", "eid", "eyd", "bakr", "ramadan", "ramzan", "passover", "pesach", "rosh hashan", "yom kippur", "sukkot", "shavuot", "purim",
                         "hanukah", "hanukkah", "chanukah", "chanukkah", "lunar new", "chinese new", "spring festival",
                         "diwali", "deepavali", "holi", "bank holiday"])

#: (family, pattern, anchor, chars before the anchor, chars after it), in priority order
FAMILIES = (
    ("weekday-offset", WEEKDAY_OFFSET, WEEKDAY_OFFSET_ANCHOR, 40, 40),
    ("event", EVENT, EVENT_ANCHOR, 40, 60),
    ("event-day", EVENT_DAY, EVENT_DAY_ANCHOR, 40, 50),
    ("month-day", MONTH_DAY, MONTH_ANCHOR, 70, 60),
    ("holiday", HOLIDAY, HOLIDAY_ANCHOR, 30, 40),
    ("quarter", QUARTER, QUARTER_ANCHOR, 40, 30),
    ("month", MONTH_ALONE, MONTH_ANCHOR, 40, 40),
    ("day-of-month", DAY_OF_MONTH, re.compile(r"[0-9](?:st|nd|rd|th)"), 30, 24),
    ("relative", RELATIVE, RELATIVE_ANCHOR, 70, 40),
    ("season", SEASON, SEASON_ANCHOR, 30, 30),
    ("weekday", WEEKDAY, WEEKDAY_ANCHOR, 45, 40),
)

# --------------------------------------------------------------------------------------------
# The size each expression names: the one place that decides how precise a resolution may be

_DAY_SIZED_RELATIVE = ("dby", "dat", "yesterday", "lastnight", "today", "tomorrow", "adjday", "inday")
#: the group that holds the unit word, for relative expressions counted in units
_UNIT_GROUP = {"ago": "u", "from_now": "u2", "away": "u19", "whole": "u20", "midweek": "u21", "todate": "u22",
               "within": "u3",
               "next_n": "u4", "in_n": "u5", "past_n": "u6", "past1": "u7", "twice": "u15", "part": "u10", "anch": "u12", "inper": "u16", "adjperiod": "u13",
               "same": "u17",
               "period": "u14", "thatpart": "thatpart"}
_UNIT_SIZES = {"day": "day", "morning": "day", "afternoon": "day", "evening": "day", "night": "day",
               "weekend": "weekend", "week": "week", "fortnight": "week", "month": "month", "quarter": "quarter",
               "year": "year", "decade": "year"}


#: what "today's", "tomorrow's", "yesterday's" may possess and still name a day: one event ("today's vote",
#: "tonight's watch party", "yesterday's earnings report"); anything else is the times ("today's customer",
#: "tomorrow's leaders", "today's dollars")
_DAY_EVENTS = set(
    "vote votes ballot debate debates meeting meetings session hearing hearings game games match race election "
    "primary primaries caucus caucuses rally speech address announcement report earnings results ruling decision "
    "verdict trial deadline launch event show episode broadcast edition paper newspaper issue column editorial "
    "interview briefing conference summit talks negotiations protest march strike storm attack party parade "
    "ceremony celebration service concert performance trading close opening final semifinal contest flight "
    "release statement testimony forum video matchup showdown visit trip news".split())
_POSSESSIVE = re.compile(r"['’]s\s+((?:[A-Za-z\-]+\s+){0,3}[A-Za-z\-]+)")


def _names_an_event(m: re.Match) -> bool:
    """Whether a possessive deictic ("today's ...") possesses an event: only then is it a day."""
    after = _POSSESSIVE.match(m.string, m.end())
    return after is None or any(w.lower() in _DAY_EVENTS for w in after.group(1).split())


def year_ago_unit(m: re.Match) -> bool:
    """Whether a relative match counts whole years from a date ("a year earlier", "two years ago")."""
    unit = (m.group("u12") if m.group("anch") and m.group("n12") else m.group("u") if m.group("ago") else "") or ""
    return unit.lower().rstrip("s") == "year"


def expression_size(family: str, m: re.Match, baseline: bool = False, figure: bool = False) -> str:
    """The calendar size the expression itself names: "day" only for one that names a day (a weekday, a
    day of a month, a holiday, "yesterday", "the day before", "the following morning", "a week from
    Thursday"); "week" for "A week later", "six weeks ago", "Christmas week", "the week after the vote";
    "month", "quarter", "season", "year" likewise; "days" for a span of days ("in the coming days").

    A resolution is never finer than this (see ``relative_date.settle``): "A week later" counted from
    June 12 is that week, "four years ago" a year, however exactly a rule could count them. In a
    comparison's ``baseline`` ("down from $27.6 million a year earlier"), in "a year earlier" counted from
    a month, quarter or season after a ``figure`` ("Revenue rose 2 percent a year earlier"), and in "the
    same quarter a year earlier" or "the year-ago period", whole years name the period of the figure
    compared, "comparable": the quarter or month it is, never a day.
    """
    if family == "relative" and (m.group("yago") or (baseline or (figure and m.group("anch"))) and year_ago_unit(m)):
        return "comparable"  # "lost $11 million in the third quarter. Revenue rose 2 percent a year earlier"
    if family == "month-day" and m.group("weekof"):
        return "week"  # "the week of March 16"
    if family in ("month-day", "day-of-month", "weekday", "weekday-offset", "event-day"):
        return "day"
    if family == "holiday":
        return "week" if m.group("weekof") else (m.group("size") or "day").strip().lower()
    if family == "event":
        return _UNIT_SIZES[(m.group("part") or m.group("cunit") or "day").lower().rstrip("s")]
    if family == "month" and m.group("wk"):
        return "week"  # "the first week of January"
    if family in ("month", "quarter", "season"):
        return family
    if any(m.group(g) for g in ("today", "tomorrow", "yesterday")) and not _names_an_event(m):
        return "times"  # "Today's customer waits for the deal": nowadays, no day (settle drops the day)
    if any(m.group(g) for g in _DAY_SIZED_RELATIVE):
        return "day"
    if m.group("coming") or m.group("recent"):
        return "days"
    if m.group("weekend") or m.group("holwk"):
        return "weekend"
    if m.group("newyear"):
        return "year"
    if m.group("then"):
        return "counted"  # the size of the date it refers to
    if m.group("end"):
        return (m.group("u11") or m.group("uend") or m.group("uend3") or "year").lower()
    for group, unit in _UNIT_GROUP.items():
        if m.group(group):
            return _UNIT_SIZES[(m.group(unit) or m.group(unit + "b")).lower().rstrip("s")]
    raise ValueError(f"no size for {m.group(0)!r}")
