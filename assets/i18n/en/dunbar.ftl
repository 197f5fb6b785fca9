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
date-short = { $day } { $month } { $year }
date-short-month = { $month } { $year }
month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
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
review-waiting-about = wrote to you { $when } about “{ $subject }” and is waiting for your answer
review-give-back = { $key ->
        [knowledge] gave you knowledge
        [intro] introduced you to someone
        [help] helped you
        [recommendation] recommended you
       *[share] shared your work
    } { $when }
review-never-touched = never touched
review-last-touch = last touch { $when }
review-overdue = { $since }; every { $days } { $whole ->
        [yes] days
       *[no] days
    }; { $overdue }
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

## shared

cmd-undo = Undo
cmd-redo = Redo
cmd-new-contact = New contact
cmd-trash-selection = Move selection to trash
cmd-select-all = Select all shown contacts
cmd-next-contact = Next contact
cmd-previous-contact = Previous contact
cmd-focus-search = Search contacts
cmd-focus-quick-log = Log a touch
cmd-command-palette = Command palette
cmd-review-next = Next review item
cmd-review-previous = Previous review item
cmd-review-log-touch = Log a touch today
cmd-review-open-quick-log = Log with a note
cmd-review-give = Give
cmd-review-compose = Compose
cmd-review-snooze-month = Snooze a month
cmd-review-snooze-week = Snooze a week
cmd-review-move-out = Move one circle out
cmd-review-skip = Skip
cmd-review-replied = Replied
cmd-review-ask-now = Ask now
cmd-finish-review = Finish review
cmd-toggle-theme = Toggle light/dark theme
cmd-import-file = Import…
cmd-export = Export…
cmd-save-now = Save now
cmd-quit = Quit
cmd-compose-message = Compose a message
cmd-edit-contact = Edit details
screen-contacts = Contacts
screen-trash = Trash
screen-import = Import
screen-review = Review
screen-settings = Settings
screen-circles = Circles
screen-gifts = Gifts
screen-insights = Insights
screen-go-contacts = Go to Contacts
screen-go-trash = Go to Trash
screen-go-import = Go to Import
screen-go-review = Go to Review
screen-go-settings = Go to Settings
screen-go-circles = Go to Circles
screen-go-gifts = Go to Gifts
screen-go-insights = Go to Insights
menu-file = File
menu-edit = Edit
menu-view = View
menu-review = Review

## src/ui/app/bars.rs

undo-step = Undo { $step }
redo-step = Redo { $step }
theme-dark-button = Dark theme
theme-light-button = Light theme
status-read-only = Read-only: changes cannot be saved
status-saving = Saving…
status-unsaved = Unsaved changes (saving in a moment)
status-saved = All changes saved
status-today = Today: { $date }
status-today-date = { $weekday } { $date }
status-palette = { $keys }: commands and contacts
history-nothing = Nothing to { $command } ({ $keys })

## src/ui/widgets/banner.rs

banner-problem = Problem:
banner-done = Done:
banner-dismiss = Dismiss

## src/ui/command/command_palette.rs

palette-label = Command or contact
palette-hint = type a command or a name
palette-nothing = Nothing matches.

## shared

palette-go-to = Go to { $name }

## shared

settings-data = Data
settings-data-folder = Data folder: { $path }
settings-theme = Theme
settings-theme-light = Light
settings-theme-dark = Dark
settings-cadence = Cadence per circle
settings-cadence-help = How often to be in touch, in days. Empty means no upkeep.
settings-cadence-days = { $circle } (days)
settings-no-upkeep = no upkeep
settings-default = Default { $default }
settings-reset = Reset { $circle } to default
settings-defaults-source = Where the defaults come from
settings-cadence-problem = { $circle }: use a whole number of days, or leave it empty.
settings-profile = Your profile
settings-profile-help = Who you are, for the notes you write (name, company, role).
settings-your-name = Your name
settings-your-emails = Your e-mail addresses
settings-your-linkedin = Your LinkedIn URL
field-company = Company
field-role = Role
settings-backups = Backups, newest first:
settings-no-backups = No backups yet (one is taken each time the data file is replaced).
settings-restore = Restore { $name }
settings-language = Language
settings-language-system = System ({ $language })

## shared

review-streak = Review streak: { $count ->
        [one] 1 week
       *[other] { $count } weeks
    }
review-due-last = Weekly review due (last { $day })
review-due = Weekly review due
review-skipped = Skipped { $name } in this review.
review-whole-circle = { $command } works on a person; this line is about the whole circle ({ $name }).
review-writing = Writing to { $name }.
review-note = from the weekly review
review-write-note = Write a note for { $name }, then press Enter.
review-outermost = { $name } is already in the outermost circle.
review-not-waiting = { $name } is not waiting for a reply from you.
review-ask-not-ready = The ask of { $name } is not ready yet: { $why }. Give first.
review-no-ask = Ask now works on a planned ask that is ready; { $name } has none here.
review-nothing-changed = { $command }: nothing changed for { $name }.
review-already-recorded = Today's review is already recorded; nothing new to record.
review-heading = Weekly review
review-keys = Keys: { $help }
review-empty = Nothing to review today. Finish the review to keep your streak.
review-why = Why: { $why }
review-last-touch-line = Last touch { $when }
review-gift-matches = Gifts that match their interests:
review-give-item = Give { $title }
review-snooze-until = Snooze until
review-snooze-to-date = Snooze to date
review-use-iso = Use YYYY-MM-DD.
review-move-to = Move to circle
review-gift-note = a gift from the weekly review

## src/ui/screens/contacts/quick_log.rs

log-channel = Channel
log-kind = Kind
log-date = Date
log-note = Note
log-note-hint = What was it about?
log-gave = Gave
log-received = Received
log-asked = Asked
log-not-this-item = Not this item
log-they-reached-out = They reached out
log-awaiting-reply = Awaiting my reply
log-log = Log

## shared

log-giving-item = Giving from the library: { $title }

## Capture (the Import screen's mail, calendar and LinkedIn part)
capture-heading = Mail, calendar and LinkedIn
capture-help = Touches from your own files: a Google Takeout or Thunderbird mbox, a Maildir folder, a calendar (.ics) or LinkedIn's data export (.zip). Only mail headers are read; nothing leaves this computer.
capture-needs-me = Dunbar tells your messages from theirs by your e-mail addresses and LinkedIn URL: add them in Settings › Profile.
capture-path = File or folder to capture
capture-path-hint = path of an mbox, Maildir, .ics or LinkedIn .zip
capture-read = Read
capture-progress = { $done } of { $total } MB
capture-cancel = Cancel reading
capture-summary = { $path }: { $items } items read. { $touches ->
        [one] 1 touch
       *[other] { $touches } touches
    } with { $contacts ->
        [one] 1 contact
       *[other] { $contacts } contacts
    }; { $awaiting } awaiting your reply; { $strangers ->
        [one] 1 person
       *[other] { $strangers } people
    } not in Dunbar; skipped { $skipped }.
capture-done = Captured { $touches ->
        [one] 1 touch
       *[other] { $touches } touches
    } with { $contacts ->
        [one] 1 contact
       *[other] { $contacts } contacts
    }
capture-now = Capture now
capture-close = Close preview
capture-per-contact = { $touches ->
        [one] 1 touch
       *[other] { $touches } touches
    }{ $awaiting ->
        [0] {""}
       *[other] , { $awaiting } awaiting your reply
    }
capture-strangers = People you write with who are not in Dunbar.
capture-add-to = Add them to
capture-stranger = { $name } <{ $address }>: { $sent } sent, { $received } received, last { $last }
capture-add = Add { $name }
capture-reason = { $key ->
        [spam_trash_draft] spam, trash or draft
        [chat] chat
        [draft] draft
        [duplicate] seen before
        [future] dated later
        [too_old] too old
        [newsletter] newsletter
        [automated] automated
        [too_many_recipients] too many recipients
        [not_me] not to or from you
        [cancelled] cancelled
        [declined] declined
        [solo] only you
        [too_many_attendees] too many people
       *[unknown_person] nobody in Dunbar
    }
capture-skipped = Skipped: { $reasons }
capture-proposed = Your own messages come from { $addresses }.
capture-that-is-me = That is me
capture-sources = Captured from:
capture-source-line = { $touches ->
        [one] 1 touch
       *[other] { $touches } touches
    }, last read { $when }
capture-remove = Remove { $path }

## Capture on the command line
cli-capture-done = captured { $touches } touches with { $contacts } contacts; { $awaiting } awaiting your reply; { $strangers } people not in Dunbar; skipped { $skipped }
cli-capture-would = would capture { $touches } touches with { $contacts } contacts; { $awaiting } awaiting your reply; { $strangers } people not in Dunbar; skipped { $skipped }
cli-capture-stranger = not in Dunbar: { $name } <{ $address }>: { $sent } sent, { $received } received, last { $last }
cli-capture-more = … and { $more } more (--json lists them all)
cli-capture-needs-addresses = capture needs your own e-mail addresses to tell your mail from theirs; run { $hint }
cli-capture-senders-of-sent = the senders of your Sent mail
cli-capture-needs-linkedin = capture needs your LinkedIn profile URL to tell your messages from theirs; run { $hint }
cli-capture-sender-of-conversations = the sender of your conversations
cli-sources-none = no sources yet; capture some with `dunbar capture PATH`
cli-source-line = { $kind } { $path } (last scan { $when }, { $touches } touches)
cli-profile-name = name
cli-profile-company = company
cli-profile-role = role
cli-profile-emails = e-mails
cli-profile-bad-email = { $email } is not an e-mail address
cli-profile-saved = profile saved

## src/ui/screens/contacts: the table, filters, the contact page

contact-label-home = Home
contact-label-work = Work
contact-label-mobile = Mobile
contact-label-fax = Fax
contact-label-other = Other
search-label = Search
search-hint = name, e.g. soren
filter-all-circles = All circles
filter-all-tags = All tags
filter-tag = Tag
filter-due-only = Due only
filter-hubs-only = Hubs only
filter-clear = Clear filters
filter-shown-of = { $shown } of { $count ->
        [one] 1 contact
       *[other] { $count } contacts
    }
bulk-selected = { $count } selected
bulk-tag-to-add = Tag to add
bulk-add-tag = Add tag
bulk-move-to = Move to
bulk-delete = Delete selected
table-hub-name = { $name } (hub)
table-sort-hint = Sort by this column; click again to reverse
table-at-risk = At risk: overdue by half a cadence or more
column-last-touch = Last touch
column-next-due = Next due
column-balance = Balance
field-name = Name
field-name-hint = First and last name
field-circle = Circle
field-emails = E-mails
field-emails-hint = work: name@example.com, …
field-phones = Phones
field-phones-hint = mobile: +45 12 34 56 78, …
field-links = Links
field-addresses = Addresses
field-cadence = Own cadence (days)
field-cadence-hint = empty: the circle's
field-birthday = Birthday
field-birthday-hint = 1985-04-15 or --04-15
field-anniversary = Anniversary
field-anniversary-hint = YYYY-MM-DD or --MM-DD
field-how-we-met = How we met
field-how-we-met-hint = at a conference, through Mette, …
field-tags = Tags
field-tags-hint = comma separated
field-interests = Interests
field-interests-hint = topics, comma separated
field-family = Family
field-hub = Hub
field-notes = Notes
address-n = Address { $n }
address-label-of = Label of address { $n }
address-no-label = no label
address-remove = Remove address { $n }
address-add = Add address
address-street = Street
address-postcode = Postcode
address-city = City
address-region = Region
address-country = Country
problem-name = A name is needed.
problem-email = “{ $bad }” is not an e-mail address (name@example.com).
problem-cadence = Give a whole number of days, or leave it empty for the circle's.
problem-date = Use YYYY-MM-DD, or --MM-DD when the year is unknown.
page-select = Select a contact to see their page, or add one with New contact.
page-compose = Compose message…
page-move-to-trash = Move to trash
page-close = Close
page-save = Save
page-cancel = Cancel
page-balance-short = balance { $balance }
page-balance = Balance { $balance } (gifts minus asks, 24 months)
page-ready-to-ask = Ready to ask.
page-not-ready = Not ready to ask: { $why }.
page-library-matches = From your library, they might value
page-give-hover = Log “{ $title }” as given today (a touch and a gift)
page-details = Details
page-timeline = Timeline
timeline-you-reached-out = you reached out
timeline-they-reached-out = they reached out
timeline-awaiting-reply = {" "}· awaiting your reply
timeline-asked = Asked: { $kind } ({ $status })
timeline-asked-premature = Asked: { $kind } ({ $status }, premature)
timeline-empty = Nothing logged yet.
timeline-older = … and { $count ->
        [one] 1 older entry
       *[other] { $count } older entries
    }.
timeline-show-older = Show { $count } older
touch-kind-meaningful = Meaningful
touch-kind-light = Light (like, reaction)
touch-kind-shared-my-work = Shared my work
log-removed-item = (removed item)
ask-plan-kind = Ask kind
ask-plan-note = Ask note
ask-plan-note-hint = What would you ask for?
ask-plan-button = Plan an ask
ask-plan-waits = A planned ask waits in the weekly review, with gifts to give first, until it is ready.
action-a-contact = contact
action-trash-one = move { $name } to trash
action-trash-many = move { $count } contacts to trash
action-tag-many = tag { $count } contacts { $tag }
action-move-many = move { $count } contacts to { $circle }

## src/cli/show_report.rs (`dunbar show` as text; the keys are the JSON's, said as they are)

show-kind = Kind
show-contact-kind = { $key ->
       *[other] { $key }
    }
show-email = E-mail
show-phone = Phone
show-address = Address
show-link = Link
show-awaiting-reply = , awaiting your reply
show-by-channel = {" "}by { $key }
show-ask-status = { $key ->
       *[other] { $key }
    }
page-captured-from = from { $source ->
        [mail] your mail
        [calendar] your calendar
        [linkedin] LinkedIn
       *[other] { $source }
    }
show-from-source = from { $source }
show-what = { $key ->
       *[other] { $key }
    }
show-entry-kind = { $key ->
       *[other] { $key }
    }
show-direction = { $key ->
       *[other] { $key }
    }

## src/ui/screens/circles/circles_screen.rs

action-move-one = move { $name } to { $circle }
circles-more = + { $count } more
circles-tip-circle = Circle: { $circle }
circles-tip-last-touch = Last touch: { $date }
circles-tip-never = Last touch: never
circles-tip-next-due = Next due: { $date } ({ $health })
circles-tip-no-upkeep = Next due: no upkeep needed
circles-tip-help = Click to open, drag to another ring to move.
circles-help = Click a dot to open the contact; drag it to another ring to move them there (one undo step).
circles-budgets = Budgets are cumulative soft limits: inner circles count toward outer ones.
circles-could-move-out = {" "}Could move out: { $names }.
circles-over-budget = Over budget by { $over }.{ $names }
circles-not-drawn = { $count } more not drawn as dots.
circles-about-cadence = About its cadence
circles-cadence-research = Keep in touch every { $days } days (research default { $research }).
circles-cadence = Keep in touch every { $days } days.
circles-no-upkeep = No upkeep needed.

## src/ui/screens/gifts_screen.rs, library_draft.rs

date-hint = YYYY-MM-DD
gifts-row-detail = { $topics } · { $given ->
        [0] not given yet
        [one] given once
       *[other] given { $given }×
    } · added { $added }
gifts-library = Gift library
gifts-add-item = Add an item
gifts-library-help = Articles, reports and ideas worth someone's time. Giving one is a touch and counts toward asking later.
gifts-find = Find
gifts-find-hint = title or topic
gifts-library-empty = The library is empty. Add an article, report or idea you would like to pass on.
gifts-no-match = No item matches.
gifts-select-help = Select an item to see who would value it, or add one. Give before you ask: a gift in the last 12 months is what makes an ask fair.
gifts-item = Library item
gifts-new-item = New library item
gifts-title = Title
gifts-title-hint = The article, report or idea
gifts-why = Why it is worth their time
gifts-why-hint = Two or three lines
gifts-topics = Topics
gifts-topics-hint = energy, pricing, leadership
gifts-added = Added
gifts-add-to-library = Add to library
gifts-save-item = Save item
gifts-delete-item = Delete item
gifts-who = Who would value this
gifts-who-help = Ranked by topics shared with their interests and tags; inner circles and overdue people first. Nobody who already got it.
gifts-already-given = Already given to { $names }
gifts-nobody = Nobody in your network lists these topics among their interests or tags yet.
gifts-select-top = Select the top { $count }
gifts-clear-selection = Clear selection
gifts-sent-by = Sent by
gifts-give-to = { $count ->
        [one] Give to 1 person
       *[other] Give to { $count } people
    }
gifts-shared-topics = { $count ->
        [one] 1 shared topic
       *[other] { $count } shared topics
    }
gifts-days-overdue = {" "}· { $count ->
        [one] 1 day overdue
       *[other] { $count } days overdue
    }
gifts-due-today = {" "}· due today
gifts-needs-title = Give the item a title.
gifts-not-a-date = “{ $text }” is not a date; write it as YYYY-MM-DD.

## src/ui/screens/insights_screen.rs (captions, axes, legends)

insights-nothing = Nothing to chart yet: add or import a few contacts and log a few touches, and the charts fill in here.
insights-as-of = How your network is doing, as of { $date }.
insights-axis-circle = circle (budget)
insights-week-so-far = {" "}This week so far: { $count }, drawn once the week is over.
insights-touches-title = Touches per week by circle
insights-touches-caption = Each line counts one circle's touches per week over the last year.{ $so_far }
insights-axis-week = week starting
insights-axis-touches = touches
insights-giving-title = Gifts given vs asks made per month
insights-giving-caption = Green: gifts you gave. Blue: asks you made; red: those asked before giving (premature).
insights-axis-month = month
insights-axis-count = count
circle-short-support = Support
circle-short-sympathy = Sympathy
circle-short-affinity = Affinity
circle-short-active = Active
circle-short-acquaintance = Acquaint.
circle-short-known = Known
insights-chart-nothing = Nothing to chart yet: log a few touches and this chart fills in.
insights-fill-title = Circle fill vs budget
insights-fill-caption = People in each circle and the ones inside it, as % of its soft budget; above 100 % the circle is over budget. Bars stop at 200 %, with the real figure written on top.
insights-fill-of = { $count } of { $budget }
insights-axis-budget = % of budget
insights-fill = fill
insights-cut-bar = cut bar
insights-budget = budget
insights-share-title = Share of your touches by circle
insights-share-caption = Last year's touches by circle; diamonds: Dunbar's ~40 % to the closest 5 and ~20 % to the next 10.
insights-n-touches = { $count ->
        [one] 1 touch
       *[other] { $count } touches
    }
insights-axis-share = % of touches
insights-overdue-title = Overdue at each weekly review
insights-overdue-caption = How many people were overdue when you finished each weekly review; falling is good.
insights-no-reviews = No finished reviews yet: finish a weekly review to start this chart.
insights-axis-review = review
insights-axis-overdue = people overdue
insights-overdue = overdue
insights-reviews = reviews
insights-people-title = People
insights-people-caption = Who spreads your work, who connects, where you gave most, and who you owe.
insights-ambassadors = Ambassadors (shared your work, 24 months)
insights-hubs = Hubs (touches, 24 months)
insights-balance-leaders = Balance leaders (gifts minus asks)
insights-owed = You owe a gift (waiting)
insights-nobody = Nobody yet.

## Errors as the window and the command line say them (src/storage/storage_error.rs,
## src/actions/log_error.rs, src/session/session_error.rs); `Display` stays English for logs

storage-io = could not { $action } { $path }: { $source }
storage-parse = { $path } is damaged at line { $line }, column { $column }: { $message }. It was left untouched; restore a backup (`dunbar backups`, `dunbar restore NAME`) or fix the file by hand
storage-newer = { $path } has format version { $found }, but this Dunbar reads up to version { $supported }. It was left untouched; update Dunbar to open it
storage-at-line = {" "}at line { $line }
storage-inconsistent = { $path }{ $line } is inconsistent: { $source }. It was left untouched; restore a backup (`dunbar backups`, `dunbar restore NAME`)
storage-in-record = {" "}in { $record }
storage-unknown-field = { $path } has a field this Dunbar does not know, `{ $field }`{ $record } at line { $line }, column { $column }; it was probably written by a newer Dunbar. It was left untouched (saving would drop that field); update Dunbar to open it, or remove the field by hand
storage-not-a-file = { $path } is not a regular file (a FIFO, a device or a folder), so it was not read; put the network file there, or restore a backup (`dunbar backups`)
storage-too-large = { $path } is too large to be a Dunbar network ({ $size } bytes, the limit is { $limit }), so it was not read; restore a backup (`dunbar backups`)
storage-locked = { $path } is open in another Dunbar ({ $holder }); close it first, or use a read-only command
storage-serialise = could not write the network as RON: { $message }
storage-no-backup = there is no backup called { $name } in { $dir }; `dunbar backups` lists them
log-error-no-contacts = a touch needs at least one contact
log-error-unknown-contact = there is no contact #{ $id }
log-error-ask-not-ready = the ask of { $name } is not ready: { $why }
log-error-awaiting-outbound = only an inbound touch can await your reply
error-network-rule = { $detail }
session-change-not-made = the change was not made: { $detail }
session-read-only = this data folder is open read-only, so nothing can be changed

## src/ui/screens/trash_screen.rs, start_page.rs, src/ui/startup_app.rs

trash-help = Contacts here are hidden everywhere else. Restore brings one back; Delete for good removes them with their gifts and asks (Undo still works).
trash-empty = The trash is empty.
trash-trashed-on = trashed { $date }
trash-restore = Restore { $name }
trash-delete = Delete { $name } for good
action-restore = restore { $name }
start-welcome = Welcome to Dunbar
start-intro = Your network is empty. Dunbar keeps the people you know in circles (5, 15, 50, 150, 500, 1500), reminds you who is overdue for a touch, and makes sure you give before you ask. Everything stays in one file on this computer.
start-here = Start here
start-import-title = Import your LinkedIn connections
start-import-why = LinkedIn › Settings › Data privacy › Get a copy of your data › Connections. Drop Connections.csv on this window, or any vCard or CSV from Google, Apple or Outlook.
start-choose-file = Choose a file to import…
start-add-title = Add a first contact
start-add-why = Someone you would like to stay close to: a mentor, a client, a friend.
start-add-button = Add a contact
start-profile-title = Set up your profile
start-profile-why = Your name, company and role sign the messages the composer writes.
start-open-settings = Open Settings
start-demo-title = Just looking?
start-demo-why = The demo opens a generated network of 600 people in a new window, in a temporary folder that is removed when it closes. Your network stays as it is.
start-demo-button = Open the demo
startup-restore-failed = The backup could not be restored: { $error }
startup-heading = Dunbar could not open your network
startup-nothing-changed = Nothing was changed. Your file stays exactly as it is until you choose.
startup-restore = Restore the backup of { $taken } ({ $name })
startup-damaged-kept = The damaged file is kept as a backup too, so this can be undone.
startup-no-backup = There is no backup that opens. Fix the file by hand at the line named above.
startup-read-only = Open read-only
startup-try-again = Try again

## src/ui/app/reporting.rs (what happened, then what to do)

report-history = { $verb } { $label }.
report-sentence = { $text }.
advice-read-only = Another Dunbar has this data folder open; close it and reopen this window.
advice-storage = Your changes are kept in memory and saving is retried; check the disk space and permissions of the data folder.
advice-correct-entry = Nothing was changed; correct the entry and try again.
advice-file-read = Check that the file exists and can be read.
advice-export = Nothing was written; try another format.
advice-write = Nothing was written; check the folder exists and has space and permission.
file-error-read = { $path } could not be read: { $source }
report-save-failed = Saving failed: { $error }.
advice-save-retried = Your changes are kept in memory and saving is retried in a few seconds; check the disk space and permissions of the data folder.
report-undo-with = Undo with { $keys }.

## src/ui/app/command_handling.rs, file_jobs.rs, logic.rs (news and problems in the banner)

report-undid = Undid
report-redid = Redid
report-done = { $label }. { $undo }
report-gift-then-ask = Logged the gift, then the ask (now ready).
report-gift-ask-planned = Logged the gift; the ask is not ready yet, so it waits in the review as a planned ask.
report-gift = Logged the gift.
report-message-logged = Logged the message to { $name } as sent. { $undo }
report-restored = Restored the backup of { $taken }; the file it replaced is kept as a backup.
title-demo = Demo network (temporary)
job-choosing-file = Choosing a file…
job-choosing-save = Choosing where to save…
job-still-busy = Still busy: { $what }
job-wait = Wait until it is done, then try again.
job-reading = Reading { $name }…
job-writing = Writing { $name }…
export-into-data = { $path } belongs to Dunbar's data folder; exporting there would overwrite your network or its backups.
export-into-data-advice = Choose a file outside the data folder.
job-no-chooser = The file chooser could not open (it needs an xdg desktop portal or zenity).
job-no-chooser-advice = Drop the file on the window, type its path in “File path”, or run `dunbar import FILE`.
job-no-save-dialog = The save dialog could not open (it needs an xdg desktop portal or zenity).
job-no-save-dialog-advice = Type a path in “Save to” instead, or run `dunbar export`.
job-exported = Exported { $what } to { $path }.
job-lost = A background file task stopped unexpectedly.
job-lost-advice = Nothing was changed; try again.
demo-opens = The demo opens in a window of its own; your network stays here.
demo-failed = The demo could not start: { $error }.
demo-failed-advice = Run `dunbar --demo` from a terminal instead.

## src/ui/dialogs (composer, export, give first, file dialogs)

composer-title = Message to { $name }
composer-none = None
composer-gift = Library gift
composer-nothing = Nothing
composer-asks-for = Asks for
composer-preview = Preview
composer-copy = Copy
composer-log-as-sent = Log as sent
composer-log-hover = Records the touch, the gift and the ask as one undo step
composer-copied = Copied to the clipboard: paste it into your mail or chat.
composer-nothing-sent = Nothing is sent from here: copy the message, send it as you usually do, then log it as sent.
give-first-title = Give before you ask { $name }
give-first-so-far = So far you gave { $gifts } { $gifts ->
        [one] gift
       *[other] gifts
    } and asked { $asks } { $asks ->
        [one] time
       *[other] times
    }. Balance: { $balance }.
give-first-not-ready = This ask is not ready:
give-first-note-kept = Your note is kept: “{ $note }”
give-first-give-first-colon = Give first:
give-first-other = Another kind of gift (an introduction, help)
give-first-after = After the gift, the ask is logged too when it is ready; otherwise it waits in the review as a planned ask.
give-first-button = Give first
give-first-ask-anyway = Ask anyway
dialog-import-title = Import contacts
dialog-import-filter = Contacts (vCard, CSV)
dialog-any-file = Any file
dialog-export-title = Export contacts
export-title = Export
export-format = Format
export-format-csv = CSV (Google Contacts)
export-format-ron = RON (full backup)
export-format-ics = iCalendar (follow-ups and birthdays)
export-limit-circle = Limit to circle
export-limit-tag = Limit to tag
export-any-tag = any tag
export-selected-only = Only the { $count } selected contacts
export-ron-whole = A RON export is always the whole network (a full backup).
export-will-write = Will write { $count ->
        [one] 1 contact
       *[other] { $count } contacts
    }.
export-save-to = Save to
export-save-to-hint = a path, or choose one
export-choose-and-export = Choose file and export…
export-button = Export

## src/actions (what each change is called, for "Undo …" and "Done: …")

action-add = add { $name }
action-edit = edit { $name }
action-remove-contact = remove contact
action-log-touch = log touch
action-edit-touch = edit touch
action-remove-touch = remove touch
action-log-gift = log gift
action-edit-gift = edit gift
action-remove-gift = remove gift
action-log-ask = log ask
action-edit-ask = edit ask
action-remove-ask = remove ask
action-add-item = add “{ $title }”
action-edit-item = edit “{ $title }”
action-remove-item = remove library item
action-import = import { $source }
action-capture = capture { $path }
action-rescan = rescan { $path }
action-remove-source = remove capture source
action-remove-import = remove import
action-finish-review = finish review
action-remove-review = remove review
action-edit-profile = edit profile
action-change-cadences = change cadences
action-snooze = snooze { $name } until { $until }
action-skip = skip { $name } in this review
action-plan-ask = plan ask
action-mark-ask = mark ask { $status }
action-mark-replied = mark replied
action-purge = delete { $name } for good
action-add-to-library = add “{ $title }” to the library
action-delete-from-library = delete “{ $title }” from the library
action-gave-note = Gave “{ $title }”
action-n-people = { $count } people
action-give = give “{ $title }” to { $who }
action-give-first-plan = give first, plan ask

## src/actions/outreach_*.rs (the composer's pre-filled message)

outreach-met-network = We're connected on { $network }.
outreach-met-introduced = { $who } introduced us.
outreach-met-through = We know each other through { $who }.
outreach-met-at = We met { $preposition ->
        [til] at
        [paa] at
        [i] in
        [under] during
       *[other] { $event ->
           *[other] { $preposition }
        }
    } { $place }.
outreach-since = { $key ->
        [today] today
        [yesterday] yesterday
        [days] the other day
        [week] last week
        [weeks] a few weeks ago
       *[months] a few months ago
    }
outreach-a-while = It has been a while since we last spoke.
outreach-thanks-shared = Thank you for passing on my post { $when }.
outreach-good-to-see = It was good to see you { $when }.
outreach-good-to-talk = It was good to talk { $when }.
outreach-thanks-note = Thanks for your note { $when }.
outreach-carrot-more = Happy to pass on more along these lines.
outreach-carrot-help = If there is anything I can help with, just say.
outreach-next-gift = Let me know what you make of it.
outreach-next-catch-up = Shall we find a time to catch up soon?
outreach-next-chat = Would you be up for a quick chat sometime?
outreach-next-meeting = Could you spare 20 minutes for a call soon?
outreach-next-intro = Would you be open to putting me in touch with someone on your team?
outreach-next-favour = Could I ask a small favour? I will send the details if yes.
outreach-next-sale = Shall I send you a short proposal?
outreach-next-referral = Is there someone you'd suggest who could use this?
outreach-subject-gift = Something you might like
outreach-subject-checking-in = Checking in
outreach-common-company-topic = We're both at { $company } and care about { $topic }.
outreach-common-company = We're both at { $company }.
outreach-common-topic = We both care about { $topic }.
outreach-question-topic = What's new with { $topic } these days?
outreach-question = What are you busy with these days?
outreach-interest = I'd love to hear how you're doing.
outreach-interest-company = I'd love to hear how things are at { $company }.
outreach-greeting = Hi { $first },
outreach-sign-off = Best,
    { $name }
outreach-with-subject = Subject: { $subject }

    { $body }
outreach-sent = Sent a message
outreach-sent-subject = Sent “{ $subject }”
outreach-gift-thought-of-you = I came across “{ $title }”{ $link } and thought of you.
outreach-gift-why = I came across “{ $title }”{ $link }: { $why }
outreach-intro-name = I'm { $name }.
outreach-intro-role = I'm { $name }, { $role }.
outreach-intro-company = I'm { $name } from { $company }.
outreach-intro-full = I'm { $name }, { $role } at { $company }.
outreach-warn-no-gift = This message asks for something but gives nothing: add a knowledge gift first.
outreach-warn-not-ready = The ask is not ready: { $why }. Sent anyway, it is recorded as premature.
outreach-warn-no-intro = Say who you are: fill in your name, company and role in Settings → Your profile.
outreach-part-subject = Subject (about them)
outreach-part-greeting = Greeting (their first name)
outreach-part-who-you-are = Who you are
outreach-part-common-ground = Common ground
outreach-part-observation = Something they did
outreach-part-gift = Knowledge gift
outreach-part-question = A question
outreach-part-interest = Genuine interest
outreach-part-carrot = Something in it for them
outreach-part-next-step = One clear next step
outreach-hint-subject = Their work, their news, their question
outreach-hint-greeting = Hi Mette,
outreach-hint-who-you-are = Your name, company and role (Settings → Your profile)
outreach-hint-common-ground = How you met, a shared interest or company
outreach-hint-observation = An article they wrote, a move they made
outreach-hint-gift = An article, report or idea worth their time
outreach-hint-question = Something they can answer in a line
outreach-hint-interest = Why you care how it goes for them
outreach-hint-carrot = What they get out of replying
outreach-hint-next-step = One step, easy to say yes to

## src/ui/screens/import_screen.rs

import-drop = Drop a vCard or CSV file (LinkedIn, Google, Outlook) on the window, or
import-choose = Choose file…
import-path = File path
import-path-hint = or type the file's path
import-preview = Preview
import-past = Past imports
import-none-yet = Nothing imported yet.
import-past-line = { $when }, added { $count }
import-remove = Remove { $source }
import-summary = { $added } new, { $merged } merged, { $skipped } skipped
import-default-circle = Default circle
import-tag-hint = optional, e.g. linkedin
import-now = Import now
import-line-warning = line { $line }: { $message }
import-col-line = Line
import-col-outcome = Outcome
import-col-details = Details
import-keeps = keeps { $field } “{ $kept }” (file: “{ $offered }”)
import-new = New
import-same-person = same person as line { $line } of this file
import-nothing-new = nothing new
import-adds = adds { $fields }
import-merge-into = Merge into { $name }
import-skipped = Skipped
import-field = { $field ->
        [linkedin] LinkedIn URL
        [uid] UID
        [addresses] addresses
        [anniversary] anniversary
        [birthday] birthday
        [company] company
        [connected-on] connected on
        [email-labels] e-mail labels
        [emails] e-mails
        [family-name] family name
        [given-name] given name
        [kind] kind
        [links] links
        [middle-name] middle name
        [name-prefix] name prefix
        [name-suffix] name suffix
        [name] name
        [notes] notes
        [other-vcard] other vCard properties
        [phone-labels] phone labels
        [phones] phones
        [role] role
        [tags] tags
       *[other] { $field }
    }
import-line = line { $line }

## src/ui/theme.rs, review_screen.rs

drop-hint = Drop the file to preview importing it
review-finished = Review finished: { $handled } dealt with, { $skipped } skipped, { $overdue } still overdue. See you next week.
cli-no-contact = no contact named { $name }
cli-no-home = no home folder found; pass --data-dir DIR or set DUNBAR_DATA_DIR

## Import: what was skipped or could not be read, line by line
import-warning-group-not-person = group card “{ $name }” is not a person and none of its members is in this file; skipped
import-warning-text-outside-card = text outside a vCard (no BEGIN:VCARD before it); ignored
import-warning-card-not-ended = vCard has no END:VCARD before the next card; read up to there
import-warning-card-cut-off = vCard has no END:VCARD (the file ends inside it); read what was there
import-warning-line-without-colon = line without a colon is not a vCard property; ignored: “{ $line }”
import-warning-too-many-properties = vCard has { $count } properties, more than the { $limit } a contact can have; skipped
import-warning-card-unreadable = vCard could not be read; skipped
import-warning-property-not-date = { $property } “{ $value }” is not a date; left out
import-warning-nameless-row = row has no name, organisation, e-mail or phone; skipped
import-warning-nameless-card = vCard has no name, organisation, e-mail or phone; skipped
import-warning-unclosed-quote = row has a quote (") that is never closed; skipped, and the rows after it were read on their own
import-warning-row-unreadable = row could not be read ({ $error }); skipped
import-warning-value-not-date = “{ $value }” is not a date; left out
import-warning-connected-on-not-date = connected on “{ $value }” is not a date; left out
import-warning-exchange-address = “{ $address }” is an Exchange directory address, not an e-mail; left out
import-warning-not-contacts = not a vCard and no CSV header with contact columns (such as First Name, Last Name, E-mail) was found; nothing imported
import-warning-ambiguous-dates = { $file }: column “{ $column }”: dates such as “{ $example }” could be day or month first and nothing in the file decides; read month first
import-skip-trashed = { $name } is in the trash; restore them to update them from this file
import-skip-nothing-new = already in the network as { $name }; nothing new

## Who holds the data folder's lock (shown to a second Dunbar)
lock-holder-window = the Dunbar window
lock-holder-unknown = another process
lock-holder-process = { $who }, process { $process }

## Capture: what went wrong reading a source
capture-reading-job = Reading { $path } for capture…
capture-error-unreadable = cannot read { $path }: { $source }
capture-error-not-supported = { $what ->
    [zip] a zip archive (LinkedIn or calendar export)
   *[other] a LinkedIn export
} cannot be captured yet; mail (mbox files, Maildir folders) and calendars (.ics) are read: { $path }
capture-error-cancelled = Capture cancelled; nothing was changed.
capture-error-no-mail = no mail found (neither an mbox file nor a Maildir folder): { $path }
capture-error-hint = Choose an mbox file (Takeout, Thunderbird, Apple Mail), a Maildir folder, a calendar (.ics) or LinkedIn's export (.zip).
window-could-not-open = the window could not open: { $error }

## A circle in one word, in the command line's text
circle-word-support = support
circle-word-sympathy = sympathy
circle-word-affinity = affinity
circle-word-active = active
circle-word-acquaintance = acquaintance
circle-word-known = known

## Reminders (dunbar remind): one notification a day with what is due
digest-waiting = { $count ->
        [one] 1 person waiting on you
       *[other] { $count } people waiting on you
    }
digest-promises = { $count ->
        [one] 1 promise due
       *[other] { $count } promises due
    }
digest-meetings = { $count ->
        [one] 1 meeting today
       *[other] { $count } meetings today
    }
digest-birthdays = { $count ->
        [one] birthday today: { $names }
       *[other] birthdays today: { $names }
    }
digest-review-due = weekly review due
remind-open-review = Open review
remind-quiet = A quiet time (Settings › Reminders): no notification now.
remind-already-shown = This reminder was shown today already.
remind-no-service = no desktop notification service answered ({ $reason }); the reminder was printed instead
remind-bad-settings = the reminder settings could not be read: { $error }
remind-cannot-save = the reminder settings or state could not be saved: { $error }
remind-bad-time = “{ $text }” is not a time of day; write it as HH:MM, such as 09:00
remind-bad-days = “{ $text }” names no days; write them as sat,sun (or none)
remind-bad-hours = “{ $text }” is not a span of hours; write it as 22:00-07:00 (or none)
remind-install-failed = the schedule could not be changed: { $error }
remind-installed = Reminders are scheduled every day at { $time }:
remind-uninstalled = Reminders are no longer scheduled:
remind-not-installed = Reminders were not scheduled; nothing to remove.
remind-status-on = Reminders: scheduled every day at { $time }
remind-status-inactive = Reminders: installed for { $time }, but not active (systemctl --user enable --now dunbar-remind.timer)
remind-status-off = Reminders: not scheduled (dunbar remind --install)
remind-last-run = Last ran: { $when }
remind-never-ran = Last ran: never
remind-quiet-settings = Quiet days: { $days }; quiet hours: { $hours }
remind-none = none
remind-opening-review = Opening the Review in the Dunbar window.
cli-unknown-screen = unknown screen “{ $text }”; use contacts, circles, review, gifts, insights, trash, import or settings
settings-reminders = Reminders
settings-reminders-help = Once a day, even with this window closed, Dunbar shows one notification when someone waits on you, a promise is due, you meet someone or the weekly review is due. It runs on this computer only (a systemd user timer, a LaunchAgent or a Task Scheduler entry).
settings-reminders-unavailable = Not available here: reminders are for your own network (not the demo), on a computer with a home folder.
settings-reminders-time = Time of day
settings-reminders-quiet-hours = Quiet hours
settings-reminders-weekends = No reminders on Saturdays and Sundays
settings-reminders-on = Turn on daily reminders
settings-reminders-off = Turn off daily reminders
report-reminders-on = Reminders come every day at { $time }.
report-reminders-off = Daily reminders are turned off.
report-reminders-failed = The reminder schedule could not be changed: { $error }

## Promises and meetings (DESIGN §11)
action-add-promise = promise “{ $text }”
action-edit-promise = edit promise “{ $text }”
action-remove-promise = delete promise
action-promise-done = keep promise “{ $text }”
action-promise-done-gift = keep promise “{ $text }” as a gift
action-reopen-promise = reopen promise “{ $text }”
due-not-understood = “{ $phrase }” is not a date Dunbar reads: try “friday”, “in 2 weeks”, “next week”, “12 May” or 2026-05-12
due-ambiguous = “{ $phrase }” could be { $one } or { $other }: write the day as 2026-05-12 or in words (“12 May”)
due-past = { $day } has passed: a promise is due today or later
section-promised = Promised
section-coming-up = Coming up
review-promised = you promised “{ $text }”, { $due }
review-they-promised = they promised “{ $text }”, { $due }
review-coming-up = “{ $event }” { $day } at { $time }
review-due-on = due { $date }
brief-title = Meeting brief: { $name }
brief-role-at = { $role } at { $company }
brief-event = “{ $event }” { $weekday } { $date } at { $time }
brief-touch = { $date }, { $channel }
brief-touch-note = { $date }, { $channel }: { $note }
brief-ask = { $what } ({ $status }, { $date })
brief-gift = { $what } ({ $date })
brief-promise = “{ $text }”, due { $date }
brief-none = none
brief-gifts = { $count } in all; latest: { $latest }
brief-who = Who: { $who }
brief-how-we-met = How we met: { $how }
brief-interests = Interests: { $interests }
brief-last-touches = Last touches:
brief-my-asks = Your open asks: { $asks }
brief-their-asks = Waiting for your answer: { $asks }
brief-gave = You gave: { $gifts }
brief-received = They gave: { $gifts }
brief-my-promises = You promised: { $promises }
brief-their-promises = They promised: { $promises }
brief-bring = Bring: “{ $title }”
brief-bring-why = Bring: “{ $title }”, { $why }
brief-bring-nothing = Bring: nothing in your library matches their interests yet
brief-opening = Opening line: { $line }
brief-open-promise = Hi { $first }, I brought { $text }, as promised.
brief-open-bring = Hi { $first }, I came across “{ $title }” and thought of you: it is yours if it helps.
brief-open-last = Hi { $first }, good to see you again. Last time: “{ $note }”.
brief-open-interest = Hi { $first }, how are things with { $interest } these days?
brief-open-plain = Hi { $first }, good to see you. What are you working on these days?
cli-logged-promise = , promised “{ $text }” by { $due }
cli-promise-needs-text = say what was promised
cli-promised = Promised { $who } “{ $text }” by { $due } (promise { $id })
cli-promised-theirs = { $who } promised you “{ $text }” by { $due } (promise { $id })
cli-no-promises = No open promises.
cli-promise-kept = kept { $date }
cli-promise-overdue = overdue
cli-promise-due-today = due today
cli-promise-theirs = theirs
cli-no-promise = no promise with the id { $id } (dunbar promises --all lists them)
cli-promise-already-kept = promise { $id } is already kept
cli-promise-done = Kept “{ $text }”.
cli-promise-done-gift = Kept “{ $text }”, logged as a gift.
cmd-promise = Promise…
cmd-review-promise = Promise them…
cmd-meeting-brief = Meeting brief
cmd-review-brief = Brief for the meeting
cmd-review-promise-done = Promise kept
promise-title = Promise: { $name }
promise-edit-title = Edit promise: { $name }
promise-what = What
promise-what-hint = the Dunbar article
promise-by = By
promise-by-hint = friday, in 2 weeks, 2026-05-12
promise-by-empty = Type the day: a date, or “friday”, “next week”, “in 2 weeks”.
promise-due-read = Due { $day }
promise-mine = I promised them
promise-theirs = They promised me
promise-save = Save promise
promise-cancel = Cancel
promise-delete = Delete promise
brief-window-title = Meeting brief: { $name }
brief-copy = Copy
brief-copied = Copied as text.
brief-open-contact = Open contact
brief-close = Close
brief-bring-heading = Bring from your library
brief-bring-none = Nothing in your library matches their interests yet.
brief-opening-heading = A line to open with
brief-my-promises-heading = You promised
brief-their-promises-heading = They promised
brief-my-asks-heading = Your open asks
brief-their-asks-heading = Waiting for your answer
brief-gave-heading = You gave
brief-received-heading = They gave
review-no-promise = { $name }’s line is not about a promise.
review-was-it-a-gift = Was this a gift? y: yes, log it as one · n: no, just kept · Esc: not yet
review-gift-yes = Yes, a gift (y)
review-gift-no = No, just kept (n)
review-gift-cancel = Not yet
page-next-meeting = Next meeting: “{ $event }” { $day } at { $time }
page-you-promised = You promised “{ $text }”
page-they-promised = They promised “{ $text }”
page-promise-done = Done
page-promise-gift = Done, a gift
page-promise-edit = Edit
page-more-promises = and { $count } more open promises
filter-promises-due = Promises due
filter-this-week = This week
log-promise = Promise: “{ $text }”
log-promise-due = due
log-promise-when = When is it due? Type the day to log the promise with the touch.
cli-capture-upcoming = { $count ->
    [one] 1 coming meeting with people you know (the review's “Coming up”)
   *[other] { $count } coming meetings with people you know (the review's “Coming up”)
}

## Several devices (DESIGN §10)
merge-from-device = From ‘{ $device }’: { $contacts } new contacts, { $edited } edited contacts, { $touches } touches, { $others } other changes, { $deleted } deleted.
merge-clash = { $name }: { $field } was changed on two devices at once; ‘{ $kept }’ was kept, ‘{ $other }’ from ‘{ $device }’ was set aside.
merge-take-other = Take ‘{ $other }’ instead
merge-clashes-title = Changed on two devices at once
merge-clashes-dismiss = Keep these values
merge-nothing-new = Nothing new in { $path }.
merge-dry-run = Nothing was changed (--dry-run).
outside-unreadable = { $path } does not open ({ $problem }). It was left alone and is not read again until it changes.
advice-outside-unreadable = If a sync tool is still copying it, wait; otherwise restore a backup in Settings, or remove the file.
outside-waiting = a conflict file from a sync tool waits beside the data file: { $path }; the window or any command that writes merges it
cli-save-waiting = nothing was saved: { $path } on disk does not open or keeps changing; it was left alone
cli-no-device = this device has no identity: give a folder for it with --device-dir or DUNBAR_DEVICE_DIR
cli-device-name-empty = a device needs a name
device-line = This device: ‘{ $name }’ (id { $id }, kept in { $path })
vdir-round = From the folder: { $added } new, { $changed } changed, { $trashed } moved to the trash. To the folder: { $written } cards written, { $deleted } deleted.
vdir-undo-label = changes from the contacts folder
settings-devices = Devices
settings-this-device = This computer: ‘{ $name }’ (change it with `dunbar device --name NAME`)
settings-mirror-folder = Mirror contacts to a folder
settings-mirror-now = Mirror now
settings-mirror-hint = One .vcf file per contact, for vdirsyncer to sync with your CardDAV server and phone; mirrored after every save and whenever a card in the folder changes. Leave it empty to stop.
report-mirror-failed = Mirroring contacts to the folder failed: { $error }.
advice-mirror-failed = Check the folder in Settings › Devices; your contacts are safe in Dunbar.
