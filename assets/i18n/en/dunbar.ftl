# Dunbar's English messages (DESIGN §13). Every id here must also be in ../da/dunbar.ftl,
# and a Danish message may use only the variables its English one has (a test checks both).

language-name = English

## Counts and dates (the window's spoken dates, DESIGN §3a rule 6)

n-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
n-weeks = { $count ->
    [one] 1 week
   *[other] { $count } weeks
}
n-months = { $count ->
    [one] 1 month
   *[other] { $count } months
}
n-years = { $count ->
    [one] 1 year
   *[other] { $count } years
}
day-today = today
day-yesterday = yesterday
day-tomorrow = tomorrow
day-last-week = last week
day-next-week = next week
day-ago = { $span } ago
day-in = in { $span }
due-today = due today
due-tomorrow = due tomorrow
due-overdue = { $count ->
    [one] 1 day overdue
   *[other] { $count } days overdue
}
due-in = due in { $span }
date-day-month = { $day } { $month }
date-full = { $day } { $month } { $year }
date-long = { $weekday } { $date } ({ $iso })
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

## Circles, channels, kinds

circle-support = Support clique
circle-sympathy = Sympathy group
circle-affinity = Affinity group
circle-active = Active network
circle-acquaintance = Acquaintances
circle-known = Known names
circle-note-support = The few people you turn to in a crisis. Contact is at least weekly (Sutcliffe et al. 2012; Dunbar & Spoors 1995).
circle-note-sympathy = Close friends whose loss would hurt. Contact is at least monthly (Sutcliffe et al. 2012).
circle-note-affinity = Good friends you would invite to a party. About every six months is the floor for keeping them (Dunbar 2021); the default asks for every four.
circle-note-active = Dunbar's number: people you know personally and would greet unannounced. At least once a year keeps them (Hill & Dunbar 2003, Christmas cards).
circle-note-acquaintance = People you know but do not keep up with. No maintenance needed.
circle-note-known = Names you can put a face to. No maintenance needed.
channel-in-person = In person
channel-call = Call
channel-video = Video
channel-message = Message
channel-email = E-mail
channel-social = Social
channel-event = Event
channel-letter = Letter
gift-kind-knowledge = Knowledge
gift-kind-introduction = Introduction
gift-kind-help = Help
gift-kind-recommendation = Recommendation
gift-kind-shared-their-work = Shared their work
ask-kind-meeting = Meeting
ask-kind-intro = Introduction
ask-kind-favour = Favour
ask-kind-sale = Sale
ask-kind-referral = Referral
ask-status-planned = Planned
ask-status-open = Open
ask-status-granted = Granted
ask-status-declined = Declined
ask-status-withdrawn = Withdrawn
health-ok = ok
health-due = due
health-at-risk = at risk

## The review

section-waiting = Waiting on you
section-give-back = Give back
section-overdue = Overdue
section-upcoming-date = Birthdays and anniversaries
section-planned-ask = Planned asks
section-over-budget = Circles over budget

## shared

ask-explain-give-first = { $reasons }. Give first
ask-explain-wait = { $reasons }. Wait for an answer first
ask-no-recent-gift = you have given them nothing in the last 12 months
ask-would-overdraw = your balance with them is { $balance } (gifts minus asks over 24 months) and would go below zero
ask-still-open = your { $kind } ask of { $date } is still open
date-on = on { $date }
review-waiting = wrote to you { $when } and is waiting for your answer
review-give-back = gave you { $key ->
        *[other] { $kind }
    } { $when }
review-never-touched = never touched
review-last-touch = last touch { $when }
review-overdue = { $since }; every { $days } days; { $overdue }
review-birthday-on = birthday on { $date }
review-anniversary-on = anniversary on { $date }
review-birthday = birthday { $when } ({ $day })
review-anniversary = anniversary { $when } ({ $day })
review-ask-ready = planned { $key ->
        *[other] { $kind }
    } ask is ready: you have given first
review-ask-waits = planned { $key ->
        *[other] { $kind }
    } ask waits: { $why }
review-over-budget = { $count } of { $budget } (over by { $over }); could move out: { $names }

## shared

cli-unknown-circle = unknown circle “{ $text }”; use support, sympathy, affinity, active, acquaintance or known
cli-unknown-gift = unknown gift “{ $text }”; use knowledge, intro, help, recommendation or share
cli-unknown-ask = unknown ask “{ $text }”; use meeting, intro, favour, sale or referral
cli-unknown-channel = unknown channel “{ $text }”; use in-person, call, video, message, email, social, event or letter
cli-unknown-format = unknown format “{ $text }”; use csv, vcard, vcard4, ron or ics
cli-save-conflict = the data file was changed by someone else meanwhile; it was left alone and this change went to { $copy }
cli-restored = restored { $name } (from { $taken }); the previous file was kept as a backup
cli-needs-name = a contact needs a name
cli-added = added { $label }
cli-ask-not-ready = { $error } (add --ask-anyway to ask all the same)
cli-logged-gave = , gave { $kind }
cli-logged-received = , received { $kind }
cli-logged-asked = , asked for { $kind }
cli-logged = logged { $what } with { $who } on { $date }
cli-updated = updated { $who }
cli-unchanged = { $who } already had those settings
cli-generate-exists = { $path } already exists; add --force to replace it (the old file is kept as a backup)
cli-generated = generated { $contacts } contacts, { $touches } touches, { $gifts } gifts, { $asks } asks into { $path }
cli-no-backups = no backups yet in { $path }
cli-conflict-copy = conflict copy
cli-bytes = bytes
cli-unreadable = { $path } could not be read
cli-imported = imported { $added }, merged { $merged }, skipped { $skipped }
cli-imported-dry-run = imported { $added }, merged { $merged }, skipped { $skipped } (dry run: nothing was changed)
cli-ron-whole = a RON export is always the whole network (a full backup); leave out --circle and --tag
cli-export-into-data = { $path } is one of the data folder's own files (the network, its backups, the lock or the cache), so nothing was written; export to a file outside { $dir }
cli-whole-network = the whole network
cli-n-contacts = { $count } contacts
cli-exported = exported { $what } as { $format } to { $path }

## shared

cli-none-at-company = none of them works at that company
cli-none-with-email = none of them has the e-mail { $email }
cli-no-match = no contact matches “{ $query }”; `dunbar stats` shows how many you have
cli-give-more = give more of the name, the company in parentheses (“Name (Company)”) or --email ADDR
cli-and-more = {" "}and { $count } more
cli-several = “{ $query }” matches several contacts: { $shown }{ $more }; { $advice }
cli-review-title = Weekly review for { $today }
cli-review-empty = Nothing to do: everyone is up to date.
cli-stats = { $contacts } contacts, { $touches } touches, { $gifts } gifts, { $asks } asks, { $library } library items
cli-over-budget = over budget
cli-of = of

## src/ui/screens/insights_screen.rs

insights-gifts-given = gifts given
insights-asks-made = asks made

## shared

insights-premature-asks = premature asks
insights-your-share = your share
insights-dunbar-finding = Dunbar's finding
