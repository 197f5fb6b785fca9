# Dunbars danske tekster (DESIGN §13). Hvert id skal også findes i ../en/dunbar.ftl, og en
# dansk tekst må kun bruge de variabler, den engelske har (en test tjekker begge dele).

language-name = Dansk

## Antal og datoer

n-days = { $count ->
    [one] 1 dag
   *[other] { $count } dage
}
n-weeks = { $count ->
    [one] 1 uge
   *[other] { $count } uger
}
n-months = { $count ->
    [one] 1 måned
   *[other] { $count } måneder
}
n-years = { $count ->
    [one] 1 år
   *[other] { $count } år
}
day-today = i dag
day-yesterday = i går
day-tomorrow = i morgen
day-last-week = i sidste uge
day-next-week = i næste uge
day-ago = for { $span } siden
day-in = om { $span }
due-today = forfalder i dag
due-tomorrow = forfalder i morgen
due-overdue = { $count ->
    [one] 1 dag over tid
   *[other] { $count } dage over tid
}
due-in = forfalder om { $span }
date-day-month = { $day }. { $month }
date-full = { $day }. { $month } { $year }
date-short = { $day }. { $month } { $year }
date-short-month = { $month } { $year }
month-short = { $month ->
        [1] jan.
        [2] feb.
        [3] mar.
        [4] apr.
        [5] maj
        [6] jun.
        [7] jul.
        [8] aug.
        [9] sep.
        [10] okt.
        [11] nov.
       *[12] dec.
    }
date-long = { $weekday } den { $date } ({ $iso })
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
weekday-mon = mandag
weekday-tue = tirsdag
weekday-wed = onsdag
weekday-thu = torsdag
weekday-fri = fredag
weekday-sat = lørdag
weekday-sun = søndag

## Kredse, kanaler, slags

circle-support = Støttegruppen
circle-sympathy = Sympatigruppen
circle-affinity = Affinitetsgruppen
circle-active = Aktivt netværk
circle-acquaintance = Bekendte
circle-known = Kendte navne
circle-note-support = De få, du vender dig til, når krisen rammer. I hører fra hinanden mindst én gang om ugen (Sutcliffe m.fl. 2012; Dunbar & Spoors 1995).
circle-note-sympathy = Nære venner, som det ville gøre ondt at miste. I hører fra hinanden mindst én gang om måneden (Sutcliffe m.fl. 2012).
circle-note-affinity = Gode venner, du ville invitere med til en fest. Skal forbindelsen holde, skal I høre fra hinanden mindst hvert halve år (Dunbar 2021); Dunbar foreslår hver fjerde måned.
circle-note-active = Dunbars tal: folk, du kender personligt og ville gå hen og hilse på, hvis I mødtes tilfældigt. Én gang om året er nok til at holde forbindelsen ved lige (Hill & Dunbar 2003, julekort).
circle-note-acquaintance = Folk, du kender, men ikke holder kontakten med. Kræver ingen pleje.
circle-note-known = Navne, du kan sætte ansigt på. Kræver ingen pleje.
channel-in-person = Ansigt til ansigt
channel-call = Opkald
channel-video = Video
channel-message = Besked
channel-email = E-mail
channel-social = Sociale medier
channel-event = Arrangement
channel-letter = Brev
gift-kind-knowledge = Vidensgave
gift-kind-introduction = Introduktion
gift-kind-help = Hjælp
gift-kind-recommendation = Anbefaling
gift-kind-shared-their-work = Delte deres arbejde
ask-kind-meeting = Møde
ask-kind-intro = Introduktion
ask-kind-favour = Tjeneste
ask-kind-sale = Salg
ask-kind-referral = Henvisning
ask-status-planned = Planlagt
ask-status-open = Åben
ask-status-granted = Imødekommet
ask-status-declined = Afslået
ask-status-withdrawn = Trukket tilbage
health-ok = ok
health-due = forfalden
health-at-risk = i fare

## Gennemgangen

section-waiting = Venter på dig
section-give-back = Giv igen
section-overdue = Over tid
section-upcoming-date = Fødselsdage og mærkedage
section-planned-ask = Planlagte anmodninger
section-over-budget = Kredse over budget

## shared

ask-explain-give-first = { $reasons }. Giv først
ask-explain-wait = { $reasons }. Vent først på et svar
ask-no-recent-gift = du har ikke givet dem noget de seneste 12 måneder
ask-would-overdraw = din balance med dem er { $balance } (gaver minus anmodninger over 24 måneder) og ville komme under nul
ask-still-open = din anmodning ({ $kind }) fra { $date } er stadig åben
date-on = den { $date }
review-waiting = skrev til dig { $when } og venter på dit svar
review-waiting-about = skrev til dig { $when } om “{ $subject }” og venter på dit svar
review-give-back = { $key ->
        [knowledge] gav dig en vidensgave
        [intro] introducerede dig for nogen
        [help] hjalp dig
        [recommendation] anbefalede dig
       *[share] delte dit arbejde
    } { $when }
review-never-touched = aldrig i kontakt
review-last-touch = sidste kontakt { $when }
review-overdue = { $since }; { $whole ->
        [yes] hver { $days }. dag
       *[no] hver { $days } dag
    }; { $overdue }
review-birthday-on = fødselsdag den { $date }
review-anniversary-on = mærkedag den { $date }
review-birthday = fødselsdag { $when } ({ $day })
review-anniversary = mærkedag { $when } ({ $day })
review-ask-ready = planlagt anmodning om { $key ->
        [meeting] et møde
        [intro] en introduktion
        [favour] en tjeneste
        [sale] et salg
       *[referral] en henvisning
    } er klar: du har givet først
review-ask-waits = planlagt anmodning om { $key ->
        [meeting] et møde
        [intro] en introduktion
        [favour] en tjeneste
        [sale] et salg
       *[referral] en henvisning
    } venter: { $why }
review-over-budget = { $count } af { $budget } ({ $over } for mange); kan flyttes ud: { $names }

## shared

cli-unknown-circle = ukendt kreds “{ $text }”; brug støtte, sympati, affinitet, aktiv, bekendt eller kendt (eller de engelske navne support, sympathy, affinity, active, acquaintance, known)
cli-unknown-gift = ukendt gave “{ $text }”; brug viden, introduktion, hjælp, anbefaling eller deling (eller knowledge, intro, help, recommendation, share)
cli-unknown-ask = ukendt anmodning “{ $text }”; brug møde, introduktion, tjeneste, salg eller henvisning (eller meeting, intro, favour, sale, referral)
cli-unknown-channel = ukendt kanal “{ $text }”; brug fysisk, opkald, video, besked, mail, socialt, arrangement eller brev (eller in-person, call, video, message, email, social, event, letter)
cli-unknown-format = ukendt format “{ $text }”; brug csv, vcard, vcard4, ron eller ics
cli-restored = gendannede { $name } (fra { $taken }); den hidtidige fil er gemt som sikkerhedskopi
cli-needs-name = en kontakt skal have et navn
cli-added = tilføjede { $label }
cli-ask-not-ready = { $error } (tilføj --ask-anyway for at spørge alligevel)
cli-logged-gave = , gav { $kind }
cli-logged-received = , modtog { $kind }
cli-logged-asked = , bad om { $kind }
cli-logged = registrerede { $what } med { $who } den { $date }
cli-updated = opdaterede { $who }
cli-unchanged = { $who } havde allerede de indstillinger
cli-generate-exists = { $path } findes allerede; tilføj --force for at erstatte den (den gamle fil gemmes som sikkerhedskopi)
cli-generated = lavede { $contacts } kontakter, { $touches } kontaktpunkter, { $gifts } gaver og { $asks } anmodninger i { $path }
cli-no-backups = ingen sikkerhedskopier endnu i { $path }
cli-conflict-copy = konfliktkopi
cli-bytes = byte
cli-unreadable = { $path } kunne ikke læses
cli-imported = importerede { $added }, flettede { $merged }, sprang { $skipped } over
cli-imported-dry-run = importerede { $added }, flettede { $merged }, sprang { $skipped } over (prøvekørsel: intet blev ændret)
cli-ron-whole = en RON-eksport er altid hele netværket (en fuld sikkerhedskopi); udelad --circle og --tag
cli-export-into-data = { $path } er en af datamappens egne filer (netværket, dets sikkerhedskopier, låsen eller cachen), så intet blev skrevet; eksportér til en fil uden for { $dir }
cli-whole-network = hele netværket
cli-n-contacts = { $count ->
        [one] 1 kontakt
       *[other] { $count } kontakter
    }
cli-exported = eksporterede { $what } som { $format } til { $path }

## shared

cli-none-at-company = ingen af dem arbejder i den virksomhed
cli-none-with-email = ingen af dem har e-mailen { $email }
cli-no-match = ingen kontakt passer på “{ $query }”; `dunbar stats` viser, hvor mange du har
cli-give-more = skriv mere af navnet, virksomheden i parentes (“Navn (Virksomhed)”) eller --email ADRESSE
cli-and-more = {" "}og { $count } mere
cli-several = “{ $query }” passer på flere kontakter: { $shown }{ $more }; { $advice }
cli-review-title = Ugentlig gennemgang for { $today }
cli-review-empty = Intet at gøre: du er à jour med alle.
cli-stats = { $contacts } kontakter, { $touches } kontaktpunkter, { $gifts } gaver, { $asks } anmodninger, { $library } gaveidéer i biblioteket
cli-over-budget = over budget
cli-of = af

## src/ui/screens/insights_screen.rs

insights-gifts-given = gaver givet
insights-asks-made = anmodninger

## shared

insights-premature-asks = for tidlige anmodninger
insights-your-share = din andel
insights-dunbar-finding = Dunbars fund

## shared

cmd-undo = Fortryd
cmd-redo = Gentag
cmd-new-contact = Ny kontakt
cmd-trash-selection = Flyt de valgte til papirkurven
cmd-select-all = Vælg alle viste kontakter
cmd-next-contact = Næste kontakt
cmd-previous-contact = Forrige kontakt
cmd-focus-search = Søg i kontakter
cmd-focus-quick-log = Registrér en kontakt
cmd-command-palette = Kommandopalet
cmd-review-next = Næste punkt
cmd-review-previous = Forrige punkt
cmd-review-log-touch = Registrér kontakt i dag
cmd-review-open-quick-log = Registrér med en note
cmd-review-give = Giv
cmd-review-compose = Skriv
cmd-review-snooze-month = Udsæt en måned
cmd-review-snooze-week = Udsæt en uge
cmd-review-move-out = Flyt én kreds ud
cmd-review-skip = Spring over
cmd-review-replied = Har svaret
cmd-review-ask-now = Spørg nu
cmd-finish-review = Afslut gennemgangen
cmd-toggle-theme = Skift mellem lyst og mørkt tema
cmd-import-file = Importér…
cmd-export = Eksportér…
cmd-save-now = Gem nu
cmd-quit = Afslut
cmd-compose-message = Skriv en besked
cmd-edit-contact = Redigér oplysninger
screen-contacts = Kontakter
screen-trash = Papirkurv
screen-import = Import
screen-review = Gennemgang
screen-settings = Indstillinger
screen-circles = Kredse
screen-gifts = Gaver
screen-insights = Indsigt
screen-go-contacts = Gå til Kontakter
screen-go-trash = Gå til Papirkurv
screen-go-import = Gå til Import
screen-go-review = Gå til Gennemgang
screen-go-settings = Gå til Indstillinger
screen-go-circles = Gå til Kredse
screen-go-gifts = Gå til Gaver
screen-go-insights = Gå til Indsigt
menu-file = Filer
menu-edit = Rediger
menu-view = Vis
menu-review = Gennemgang

## src/ui/app/bars.rs

undo-step = Fortryd: { $step }
redo-step = Gentag: { $step }
theme-dark-button = Mørkt tema
theme-light-button = Lyst tema
status-read-only = Skrivebeskyttet: ændringer kan ikke gemmes
status-saving = Gemmer…
status-unsaved = Ikke gemte ændringer (gemmes om et øjeblik)
status-saved = Alle ændringer er gemt
status-today = I dag: { $date }
status-today-date = { $weekday } den { $date }
status-palette = { $keys }: kommandoer og kontakter
history-nothing = Intet at fortryde eller gentage lige nu ({ $keys })

## src/ui/widgets/banner.rs

banner-problem = Problem:
banner-done = Udført:
banner-dismiss = Luk

## src/ui/command/command_palette.rs

palette-label = Kommando eller kontakt
palette-hint = skriv en kommando eller et navn
palette-nothing = Intet passer.

## shared

palette-go-to = Gå til { $name }

## shared

settings-data = Data
settings-data-folder = Datamappe: { $path }
settings-theme = Tema
settings-theme-light = Lyst
settings-theme-dark = Mørkt
settings-cadence = Kontakthyppighed pr. kreds
settings-cadence-help = Hvor tit I skal være i kontakt, i dage. Tomt betyder ingen pleje.
settings-cadence-days = { $circle } (dage)
settings-no-upkeep = ingen pleje
settings-default = Standard: { $default }
settings-reset = Nulstil { $circle } til standard
settings-defaults-source = Hvor standarderne kommer fra
settings-cadence-problem = { $circle }: skriv et helt antal dage, eller lad feltet stå tomt.
settings-profile = Din profil
settings-profile-help = Hvem du er, til de beskeder du skriver (navn, virksomhed, rolle).
settings-your-name = Dit navn
settings-your-emails = Dine e-mailadresser
settings-your-linkedin = Din LinkedIn-adresse
field-company = Virksomhed
field-role = Rolle
settings-backups = Sikkerhedskopier, nyeste først:
settings-no-backups = Ingen sikkerhedskopier endnu (der tages en, hver gang datafilen erstattes).
settings-restore = Gendan { $name }
settings-language = Sprog
settings-language-system = Som systemet ({ $language })

## shared

review-streak = Gennemgange i træk: { $count ->
        [one] 1 uge
       *[other] { $count } uger
    }
review-due-last = Tid til ugentlig gennemgang (sidst { $day })
review-due = Tid til ugentlig gennemgang
review-skipped = Sprang { $name } over i denne gennemgang.
review-whole-circle = { $command } virker på en person; denne linje handler om hele kredsen ({ $name }).
review-writing = Skriver til { $name }.
review-note = fra den ugentlige gennemgang
review-write-note = Skriv en note om { $name }, og tryk så Enter.
review-outermost = { $name } er allerede i den yderste kreds.
review-not-waiting = { $name } venter ikke på et svar fra dig.
review-ask-not-ready = Anmodningen til { $name } er ikke klar endnu: { $why }. Giv først.
review-no-ask = Spørg nu virker på en planlagt anmodning, der er klar; { $name } har ingen her.
review-nothing-changed = { $command }: intet ændret for { $name }.
review-already-recorded = Dagens gennemgang er allerede registreret; intet nyt at registrere.
review-heading = Ugentlig gennemgang
review-keys = Taster: { $help }
review-empty = Intet at gennemgå i dag. Afslut gennemgangen for at holde din stime i live.
review-why = Hvorfor: { $why }
review-last-touch-line = Sidste kontakt { $when }
review-gift-matches = Gaver, der passer til deres interesser:
review-give-item = Giv { $title }
review-snooze-until = Udsæt til
review-snooze-to-date = Udsæt til dato
review-use-iso = Skriv datoen som ÅÅÅÅ-MM-DD (fx 2026-03-14).
review-move-to = Flyt til kreds
review-gift-note = en gave fra den ugentlige gennemgang

## src/ui/screens/contacts/quick_log.rs

log-channel = Kanal
log-kind = Slags
log-date = Dato
log-note = Note
log-note-hint = Hvad handlede det om?
log-gave = Gav
log-received = Modtog
log-asked = Bad om
log-not-this-item = Ikke denne
log-they-reached-out = De tog kontakt
log-awaiting-reply = Venter på mit svar
log-log = Registrér

## shared

log-giving-item = Giver fra biblioteket: { $title }

## Capture (the Import screen's mail, calendar and LinkedIn part)
capture-heading = Mail, kalender og LinkedIn
capture-help = Kontakter fra dine egne filer: en mbox fra Google Takeout eller Thunderbird, en Maildir-mappe, en kalender (.ics) eller LinkedIns dataeksport (.zip). Kun mailenes brevhoveder læses; intet forlader computeren.
capture-needs-me = Dunbar skelner dine beskeder fra deres på dine e-mailadresser og din LinkedIn-adresse: tilføj dem under Indstillinger › Profil.
capture-path = Fil eller mappe at hente fra
capture-path-hint = sti til en mbox, Maildir, .ics eller LinkedIn-.zip
capture-read = Læs
capture-progress = { $done } af { $total } MB
capture-cancel = Stop læsningen
capture-summary = { $path }: { $items } læst. { $touches ->
        [one] 1 kontakt
       *[other] { $touches } kontakter
    } med { $contacts ->
        [one] 1 person
       *[other] { $contacts } personer
    }; { $awaiting } venter på dit svar; { $strangers ->
        [one] 1 person
       *[other] { $strangers } personer
    } er ikke i Dunbar; { $skipped } sprunget over.
capture-done = Hentede { $touches ->
        [one] 1 kontakt
       *[other] { $touches } kontakter
    } med { $contacts ->
        [one] 1 person
       *[other] { $contacts } personer
    }
capture-now = Hent nu
capture-close = Luk forhåndsvisningen
capture-per-contact = { $touches ->
        [one] 1 kontakt
       *[other] { $touches } kontakter
    }{ $awaiting ->
        [0] {""}
       *[other] , { $awaiting } venter på dit svar
    }
capture-strangers = Folk du skriver med, som ikke er i Dunbar.
capture-add-to = Tilføj dem til
capture-stranger = { $name } <{ $address }>: { $sent } sendt, { $received } modtaget, senest { $last }
capture-add = Tilføj { $name }
capture-reason = { $key ->
        [spam_trash_draft] spam, papirkurv eller kladde
        [chat] chat
        [draft] kladde
        [duplicate] set før
        [future] dateret senere
        [too_old] for gammel
        [newsletter] nyhedsbrev
        [automated] automatisk
        [too_many_recipients] for mange modtagere
        [not_me] hverken til eller fra dig
        [cancelled] aflyst
        [declined] afslået
        [solo] kun dig
        [too_many_attendees] for mange deltagere
       *[unknown_person] ingen i Dunbar
    }
capture-skipped = Sprunget over: { $reasons }
capture-proposed = Dine egne beskeder kommer fra { $addresses }.
capture-that-is-me = Det er mig
capture-sources = Hentet fra:
capture-source-line = { $touches ->
        [one] 1 kontakt
       *[other] { $touches } kontakter
    }, senest læst { $when }
capture-remove = Fjern { $path }

## Capture on the command line
cli-capture-done = hentede { $touches } kontakter med { $contacts } personer; { $awaiting } venter på dit svar; { $strangers } personer er ikke i Dunbar; { $skipped } sprunget over
cli-capture-would = ville hente { $touches } kontakter med { $contacts } personer; { $awaiting } venter på dit svar; { $strangers } personer er ikke i Dunbar; { $skipped } sprunget over
cli-capture-stranger = ikke i Dunbar: { $name } <{ $address }>: { $sent } sendt, { $received } modtaget, senest { $last }
cli-capture-more = … og { $more } mere (--json viser dem alle)
cli-capture-needs-addresses = for at skelne din mail fra deres skal Dunbar kende dine egne e-mailadresser; kør { $hint }
cli-capture-senders-of-sent = afsenderne af din sendte post
cli-capture-needs-linkedin = for at skelne dine beskeder fra deres skal Dunbar kende din LinkedIn-adresse; kør { $hint }
cli-capture-sender-of-conversations = afsenderen i dine samtaler
cli-sources-none = ingen kilder endnu; hent fra nogle med `dunbar capture STI`
cli-source-line = { $kind } { $path } (senest læst { $when }, { $touches } kontakter)
cli-profile-name = navn
cli-profile-company = virksomhed
cli-profile-role = rolle
cli-profile-emails = e-mailadresser
cli-profile-bad-email = { $email } er ikke en e-mailadresse
cli-profile-saved = profilen er gemt

## src/ui/screens/contacts: tabellen, filtrene, kontaktsiden

contact-label-home = Privat
contact-label-work = Arbejde
contact-label-mobile = Mobil
contact-label-fax = Fax
contact-label-other = Andet
search-label = Søg
search-hint = navn, fx søren
filter-all-circles = Alle kredse
filter-all-tags = Alle mærker
filter-tag = Mærke
filter-due-only = Kun forfaldne
filter-hubs-only = Kun knudepunkter
filter-clear = Ryd filtre
filter-shown-of = { $shown } af { $count ->
        [one] 1 kontakt
       *[other] { $count } kontakter
    }
bulk-selected = { $count } valgt
bulk-tag-to-add = Mærke at tilføje
bulk-add-tag = Tilføj mærke
bulk-move-to = Flyt til
bulk-delete = Slet de valgte
table-hub-name = { $name } (knudepunkt)
table-sort-hint = Sortér efter denne kolonne; klik igen for at vende rækkefølgen
table-at-risk = I fare: over tid med en halv kontakthyppighed eller mere
column-last-touch = Sidste kontakt
column-next-due = Næste gang
column-balance = Balance
field-name = Navn
field-name-hint = For- og efternavn
field-circle = Kreds
field-emails = E-mails
field-emails-hint = arbejde: navn@example.com, …
field-phones = Telefoner
field-phones-hint = mobil: +45 12 34 56 78, …
field-links = Links
field-addresses = Adresser
field-cadence = Egen hyppighed (dage)
field-cadence-hint = tom: kredsens
field-birthday = Fødselsdag
field-birthday-hint = 1985-04-15 eller --04-15
field-anniversary = Mærkedag
field-anniversary-hint = ÅÅÅÅ-MM-DD eller --MM-DD
field-how-we-met = Hvordan vi mødtes
field-how-we-met-hint = til en konference, gennem Mette, …
field-tags = Mærker
field-tags-hint = adskilt med komma
field-interests = Interesser
field-interests-hint = emner, adskilt med komma
field-family = Familie
field-hub = Knudepunkt
field-notes = Noter
address-n = Adresse { $n }
address-label-of = Type for adresse { $n }
address-no-label = ingen type
address-remove = Fjern adresse { $n }
address-add = Tilføj adresse
address-street = Gade
address-postcode = Postnr.
address-city = By
address-region = Region
address-country = Land
problem-name = Der skal være et navn.
problem-email = “{ $bad }” er ikke en e-mailadresse (navn@example.com).
problem-cadence = Skriv et helt antal dage, eller lad feltet stå tomt for at bruge kredsens.
problem-date = Skriv ÅÅÅÅ-MM-DD, eller --MM-DD når året ikke kendes.
page-select = Vælg en kontakt for at se siden, eller tilføj en med Ny kontakt.
page-compose = Skriv en besked…
page-move-to-trash = Læg i papirkurven
page-close = Luk
page-save = Gem
page-cancel = Annullér
page-balance-short = balance { $balance }
page-balance = Balance { $balance } (gaver minus anmodninger, 24 måneder)
page-ready-to-ask = Klar til at spørge.
page-not-ready = Ikke klar til at spørge: { $why }.
page-library-matches = Fra dit bibliotek kunne de sætte pris på
page-give-hover = Registrér “{ $title }” som givet i dag (en kontakt og en gave)
page-details = Oplysninger
page-timeline = Tidslinje
timeline-you-reached-out = du tog kontakt
timeline-they-reached-out = de tog kontakt
timeline-awaiting-reply = {" "}· venter på dit svar
timeline-asked = Bad om: { $kind } ({ $status })
timeline-asked-premature = Bad om: { $kind } ({ $status }, for tidligt)
timeline-empty = Intet registreret endnu.
timeline-older = … og { $count ->
        [one] 1 ældre
       *[other] { $count } ældre
    }.
timeline-show-older = Vis { $count } ældre
touch-kind-meaningful = Betydningsfuld
touch-kind-light = Let (like, reaktion)
touch-kind-shared-my-work = Delte mit arbejde
log-removed-item = (fjernet fra biblioteket)
ask-plan-kind = Slags anmodning
ask-plan-note = Note til anmodningen
ask-plan-note-hint = Hvad vil du bede om?
ask-plan-button = Planlæg en anmodning
ask-plan-waits = En planlagt anmodning venter i den ugentlige gennemgang, med gaver du kan give først, indtil den er klar.
action-a-contact = kontakt
action-trash-one = læg { $name } i papirkurven
action-trash-many = læg { $count } kontakter i papirkurven
action-tag-many = giv { $count } kontakter mærket { $tag }
action-move-many = flyt { $count } kontakter til { $circle }

## src/cli/show_report.rs (`dunbar show` som tekst; nøglerne er JSON'ens, her på dansk)

show-kind = Slags
show-contact-kind = { $key ->
        [person] person
        [organisation] organisation
       *[other] { $key }
    }
show-email = E-mail
show-phone = Telefon
show-address = Adresse
show-link = Link
show-awaiting-reply = , venter på dit svar
show-by-channel = {" "}via { $key ->
        [in-person] ansigt til ansigt
        [call] opkald
        [video] video
        [message] besked
        [email] e-mail
        [social] sociale medier
        [event] arrangement
        [letter] brev
       *[other] { $key }
    }
show-ask-status = { $key ->
        [open] åben
        [closed] lukket
       *[other] { $key }
    }
page-captured-from = fra { $source ->
        [mail] din mail
        [calendar] din kalender
        [linkedin] LinkedIn
       *[other] { $source }
    }
show-from-source = fra { $source }
show-what = { $key ->
        [touch] kontakt
        [gift] gave
        [ask] anmodning
       *[other] { $key }
    }
show-entry-kind = { $key ->
        [meaningful] betydningsfuld
        [light] let
        [shared_my_work] delte mit arbejde
        [knowledge] vidensgave
        [intro] introduktion
        [help] hjælp
        [recommendation] anbefaling
        [share] delte deres arbejde
        [meeting] møde
        [favour] tjeneste
        [sale] salg
        [referral] henvisning
       *[other] { $key }
    }
show-direction = { $key ->
        [outbound] fra dig
        [inbound] fra dem
       *[other] { $key }
    }

## src/ui/screens/circles/circles_screen.rs

action-move-one = flyt { $name } til { $circle }
circles-more = + { $count } mere
circles-tip-circle = Kreds: { $circle }
circles-tip-last-touch = Sidste kontakt: { $date }
circles-tip-never = Sidste kontakt: aldrig
circles-tip-next-due = Næste gang: { $date } ({ $health })
circles-tip-no-upkeep = Næste gang: kræver ingen pleje
circles-tip-help = Klik for at åbne, træk til en anden ring for at flytte.
circles-help = Klik på en prik for at åbne kontakten; træk den til en anden ring for at flytte personen derhen (kan fortrydes i ét trin).
circles-budgets = Budgetterne er bløde grænser, der lægges sammen: de inderste kredse tæller med i de ydre.
circles-could-move-out = {" "}Kunne flyttes ud: { $names }.
circles-over-budget = { $over } over budget.{ $names }
circles-not-drawn = { $count } mere, der ikke er tegnet som prikker.
circles-about-cadence = Om kontakthyppigheden
circles-cadence-research = Hold kontakten hver { $days }. dag (forskningens standard: hver { $research }. dag).
circles-cadence = Hold kontakten hver { $days }. dag.
circles-no-upkeep = Kræver ingen pleje.

## src/ui/screens/gifts_screen.rs, library_draft.rs

date-hint = ÅÅÅÅ-MM-DD
gifts-row-detail = { $topics } · { $given ->
        [0] ikke givet endnu
        [one] givet én gang
       *[other] givet { $given } gange
    } · tilføjet { $added }
gifts-library = Gavebibliotek
gifts-add-item = Tilføj en gave
gifts-library-help = Artikler, rapporter og idéer, der er værd at bruge tid på. At give en er en kontakt og tæller med, når du senere vil bede om noget.
gifts-find = Find
gifts-find-hint = titel eller emne
gifts-library-empty = Biblioteket er tomt. Tilføj en artikel, en rapport eller en idé, du gerne vil give videre.
gifts-no-match = Ingen gaver passer.
gifts-select-help = Vælg en gave for at se, hvem der ville sætte pris på den, eller tilføj en. Giv, før du beder om noget: en gave inden for de sidste 12 måneder er det, der gør en anmodning rimelig.
gifts-item = Gave i biblioteket
gifts-new-item = Ny gave i biblioteket
gifts-title = Titel
gifts-title-hint = Artiklen, rapporten eller idéen
gifts-why = Hvorfor den er værd at bruge tid på
gifts-why-hint = To eller tre linjer
gifts-topics = Emner
gifts-topics-hint = energi, prissætning, ledelse
gifts-added = Tilføjet
gifts-add-to-library = Føj til biblioteket
gifts-save-item = Gem gaven
gifts-delete-item = Slet gaven
gifts-who = Hvem ville sætte pris på den
gifts-who-help = Ordnet efter emner, der går igen i deres interesser og mærker; de inderste kredse og dem, der er over tid, først. Ingen, der allerede har fået den.
gifts-already-given = Allerede givet til { $names }
gifts-nobody = Ingen i dit netværk har disse emner blandt deres interesser eller mærker endnu.
gifts-select-top = Vælg de { $count } øverste
gifts-clear-selection = Ryd markeringen
gifts-sent-by = Sendt via
gifts-give-to = { $count ->
        [one] Giv til 1 person
       *[other] Giv til { $count } personer
    }
gifts-shared-topics = { $count ->
        [one] 1 fælles emne
       *[other] { $count } fælles emner
    }
gifts-days-overdue = {" "}· { $count ->
        [one] 1 dag over tid
       *[other] { $count } dage over tid
    }
gifts-due-today = {" "}· forfalder i dag
gifts-needs-title = Giv gaven en titel.
gifts-not-a-date = “{ $text }” er ikke en dato; skriv den som ÅÅÅÅ-MM-DD.

## src/ui/screens/insights_screen.rs (tekster, akser, forklaringer)

insights-nothing = Intet at vise endnu: tilføj eller importér nogle kontakter, og registrér nogle kontakter med dem, så fyldes graferne ud her.
insights-as-of = Sådan står det til med dit netværk pr. { $date }.
insights-axis-circle = kreds (budget)
insights-week-so-far = {" "}Indtil videre i denne uge: { $count }; tegnes, når ugen er omme.
insights-touches-title = Kontakter pr. uge fordelt på kredse
insights-touches-caption = Hver linje tæller én kreds' kontakter pr. uge det seneste år.{ $so_far }
insights-axis-week = uge, der begynder
insights-axis-touches = kontakter
insights-giving-title = Gaver givet og anmodninger pr. måned
insights-giving-caption = Grøn: gaver, du gav. Blå: anmodninger, du kom med; rød: dem, der kom, før du havde givet (for tidlige).
insights-axis-month = måned
insights-axis-count = antal
circle-short-support = Støtte
circle-short-sympathy = Sympati
circle-short-affinity = Affinitet
circle-short-active = Aktive
circle-short-acquaintance = Bekendte
circle-short-known = Kendte
insights-chart-nothing = Intet at vise endnu: registrér nogle kontakter, så fyldes grafen ud.
insights-fill-title = Kredsenes fylde mod budget
insights-fill-caption = Personer i hver kreds og kredsene indenfor, i % af det bløde budget; over 100 % er kredsen over budget. Søjlerne stopper ved 200 %, med det rigtige tal skrevet ovenpå.
insights-fill-of = { $count } af { $budget }
insights-axis-budget = % af budget
insights-fill = fylde
insights-cut-bar = afkortet søjle
insights-budget = budget
insights-share-title = Din tid fordelt på kredse
insights-share-caption = Det seneste års kontakter fordelt på kredse; ruder: Dunbars fund, ca. 40 % til de nærmeste 5 og ca. 20 % til de næste 10.
insights-n-touches = { $count ->
        [one] 1 kontakt
       *[other] { $count } kontakter
    }
insights-axis-share = % af kontakter
insights-overdue-title = Over tid ved hver ugentlig gennemgang
insights-overdue-caption = Hvor mange der var over tid, da du afsluttede hver ugentlig gennemgang; det er godt, når kurven falder.
insights-no-reviews = Ingen afsluttede gennemgange endnu: afslut en ugentlig gennemgang for at starte grafen.
insights-axis-review = gennemgang
insights-axis-overdue = personer over tid
insights-overdue = over tid
insights-reviews = gennemgange
insights-people-title = Personer
insights-people-caption = Hvem der spreder dit arbejde, hvem der forbinder, hvor du har givet mest, og hvem du skylder.
insights-ambassadors = Ambassadører (delte dit arbejde, 24 måneder)
insights-hubs = Knudepunkter (kontakter, 24 måneder)
insights-balance-leaders = Størst balance (gaver minus anmodninger)
insights-owed = Du skylder en gave (venter)
insights-nobody = Ingen endnu.

## Fejl, som vinduet og kommandolinjen siger dem (loggen bruger de engelske)

storage-io = kunne ikke { $action ->
        [read] læse
        [write] skrive
        [create] oprette
        [open] åbne
        [replace] erstatte
        [lock] låse
        [back up] tage en sikkerhedskopi af
        [create the folder] oprette mappen
        [flush folder] synkronisere mappen
        [flush to disk] skrive til disken
        [follow the link] følge linket
        [open the lock file] åbne låsefilen
        [write the lock file] skrive låsefilen
       *[other] { $action }
    } { $path }: { $source }
storage-parse = { $path } er beskadiget i linje { $line }, kolonne { $column }: { $message }. Filen er ikke rørt; gendan en sikkerhedskopi (`dunbar backups`, `dunbar restore NAVN`) eller ret filen i hånden
storage-newer = { $path } har formatversion { $found }, men denne Dunbar kan kun læse op til version { $supported }. Filen er ikke rørt; opdatér Dunbar for at åbne den
storage-at-line = {" "}i linje { $line }
storage-inconsistent = { $path }{ $line } hænger ikke sammen: { $source }. Filen er ikke rørt; gendan en sikkerhedskopi (`dunbar backups`, `dunbar restore NAVN`)
storage-in-record = {" "}i { $record }
storage-unknown-field = { $path } har et felt, denne Dunbar ikke kender, `{ $field }`{ $record } i linje { $line }, kolonne { $column }; den er nok skrevet af en nyere Dunbar. Filen er ikke rørt (at gemme ville smide feltet væk); opdatér Dunbar for at åbne den, eller fjern feltet i hånden
storage-not-a-file = { $path } er ikke en almindelig fil (en FIFO, en enhed eller en mappe), så den blev ikke læst; læg netværksfilen der, eller gendan en sikkerhedskopi (`dunbar backups`)
storage-too-large = { $path } er for stor til at være et Dunbar-netværk ({ $size } byte, grænsen er { $limit }), så den blev ikke læst; gendan en sikkerhedskopi (`dunbar backups`)
storage-locked = { $path } er åben i en anden Dunbar ({ $holder }); luk den først, eller brug en kommando, der kun læser
storage-serialise = kunne ikke skrive netværket som RON: { $message }
storage-no-backup = der er ingen sikkerhedskopi ved navn { $name } i { $dir }; `dunbar backups` viser dem
log-error-no-contacts = en kontakt skal have mindst én person
log-error-unknown-contact = der er ingen kontakt nr. { $id }
log-error-ask-not-ready = anmodningen til { $name } er ikke klar: { $why }
log-error-awaiting-outbound = kun en kontakt, de tog, kan vente på dit svar
error-network-rule = en regel i netværket blev brudt ({ $detail })
session-change-not-made = ændringen blev ikke foretaget: { $detail }
session-read-only = denne datamappe er åbnet skrivebeskyttet, så intet kan ændres

## src/ui/screens/trash_screen.rs, start_page.rs, src/ui/startup_app.rs

trash-help = Kontakter her er skjult alle andre steder. Gendan henter en tilbage; Slet for altid fjerner dem med deres gaver og anmodninger (Fortryd virker stadig).
trash-empty = Papirkurven er tom.
trash-trashed-on = lagt i papirkurven { $date }
trash-restore = Gendan { $name }
trash-delete = Slet { $name } for altid
action-restore = gendan { $name }
start-welcome = Velkommen til Dunbar
start-intro = Dit netværk er tomt. Dunbar holder styr på de mennesker, du kender, i kredse (5, 15, 50, 150, 500, 1500), minder dig om, hvem du snart bør høre fra, og sørger for, at du giver, før du beder om noget. Alt bliver i én fil på denne computer.
start-here = Begynd her
start-import-title = Importér dine LinkedIn-forbindelser
start-import-why = LinkedIn › Indstillinger › Databeskyttelse › Få en kopi af dine data › Forbindelser. Træk Connections.csv ind i dette vindue, eller et vCard eller en CSV-fil fra Google, Apple eller Outlook.
start-choose-file = Vælg en fil at importere…
start-add-title = Tilføj din første kontakt
start-add-why = En, du gerne vil holde tæt kontakt med: en mentor, en kunde, en ven.
start-add-button = Tilføj en kontakt
start-profile-title = Udfyld din profil
start-profile-why = Dit navn, din virksomhed og din rolle står under de beskeder, du skriver her.
start-open-settings = Åbn Indstillinger
start-demo-title = Vil du bare kigge?
start-demo-why = Demoen åbner et opdigtet netværk på 600 personer i et nyt vindue, i en midlertidig mappe, der slettes, når vinduet lukkes. Dit eget netværk forbliver, som det er.
start-demo-button = Åbn demoen
startup-restore-failed = Sikkerhedskopien kunne ikke gendannes: { $error }
startup-heading = Dunbar kunne ikke åbne dit netværk
startup-nothing-changed = Intet er ændret. Din fil forbliver præcis, som den er, indtil du vælger.
startup-restore = Gendan sikkerhedskopien fra { $taken } ({ $name })
startup-damaged-kept = Den beskadigede fil gemmes også som sikkerhedskopi, så det kan fortrydes.
startup-no-backup = Der er ingen sikkerhedskopi, der kan åbnes. Ret filen i hånden i den linje, der er nævnt ovenfor.
startup-read-only = Åbn skrivebeskyttet
startup-try-again = Prøv igen

## src/ui/app/reporting.rs (hvad der skete, og hvad du kan gøre)

report-history = { $verb }: { $label }.
report-sentence = { $text }.
advice-read-only = En anden Dunbar har denne datamappe åben; luk den, og åbn så dette vindue igen.
advice-storage = Dine ændringer er gemt i hukommelsen, og Dunbar prøver at gemme igen; tjek pladsen på disken og rettighederne til datamappen.
advice-correct-entry = Intet er ændret; ret indtastningen, og prøv igen.
advice-file-read = Tjek, at filen findes og kan læses.
advice-export = Intet er skrevet; prøv et andet format.
advice-write = Intet er skrevet; tjek, at mappen findes og har plads og de rette rettigheder.
file-error-read = { $path } kunne ikke læses: { $source }
report-save-failed = Det lykkedes ikke at gemme: { $error }.
advice-save-retried = Dine ændringer er gemt i hukommelsen, og Dunbar prøver at gemme igen om få sekunder; tjek pladsen på disken og rettighederne til datamappen.
report-undo-with = Fortryd med { $keys }.

## src/ui/app/command_handling.rs, file_jobs.rs, logic.rs (nyheder og problemer i banneret)

report-undid = Fortrudt
report-redid = Gentaget
report-done = { $label }. { $undo }
report-gift-then-ask = Gaven er registreret, og derefter anmodningen (nu klar).
report-gift-ask-planned = Gaven er registreret; anmodningen er ikke klar endnu, så den venter i gennemgangen som en planlagt anmodning.
report-gift = Gaven er registreret.
report-message-logged = Beskeden til { $name } er registreret som sendt. { $undo }
report-restored = Sikkerhedskopien fra { $taken } er gendannet; den fil, den erstattede, er gemt som sikkerhedskopi.
title-demo = Demonetværk (midlertidigt)
job-choosing-file = Vælger en fil…
job-choosing-save = Vælger, hvor der skal gemmes…
job-still-busy = Stadig i gang: { $what }
job-wait = Vent, til det er færdigt, og prøv så igen.
job-reading = Læser { $name }…
job-writing = Skriver { $name }…
export-into-data = { $path } hører til Dunbars datamappe; en eksport dertil ville overskrive dit netværk eller dets sikkerhedskopier.
export-into-data-advice = Vælg en fil uden for datamappen.
job-no-chooser = Filvælgeren kunne ikke åbnes (den kræver en xdg desktop portal eller zenity).
job-no-chooser-advice = Træk filen ind i vinduet, skriv stien i “Filsti”, eller kør `dunbar import FIL`.
job-no-save-dialog = Gem-dialogen kunne ikke åbnes (den kræver en xdg desktop portal eller zenity).
job-no-save-dialog-advice = Skriv en sti i “Gem i” i stedet, eller kør `dunbar export`.
job-exported = Eksporterede { $what } til { $path }.
job-lost = En fil-opgave i baggrunden stoppede uventet.
job-lost-advice = Intet er ændret; prøv igen.
demo-opens = Demoen åbner i sit eget vindue; dit netværk bliver her.
demo-failed = Demoen kunne ikke starte: { $error }.
demo-failed-advice = Kør `dunbar --demo` fra en terminal i stedet.

## src/ui/dialogs (beskeder, eksport, giv først, fildialoger)

composer-title = Besked til { $name }
composer-none = Ingen
composer-gift = Gave fra biblioteket
composer-nothing = Ingenting
composer-asks-for = Beder om
composer-preview = Forhåndsvisning
composer-copy = Kopiér
composer-log-as-sent = Registrér som sendt
composer-log-hover = Registrerer kontakten, gaven og anmodningen som ét trin, der kan fortrydes
composer-copied = Kopieret: indsæt den i din mail eller chat.
composer-nothing-sent = Intet sendes herfra: kopiér beskeden, send den, som du plejer, og registrér den så som sendt.
give-first-title = Giv, før du beder { $name } om noget
give-first-so-far = Indtil nu har du givet { $gifts } { $gifts ->
        [one] gave
       *[other] gaver
    } og bedt om noget { $asks } { $asks ->
        [one] gang
       *[other] gange
    }. Balance: { $balance }.
give-first-not-ready = Anmodningen er ikke klar:
give-first-note-kept = Din note bliver gemt: “{ $note }”
give-first-give-first-colon = Giv først:
give-first-other = En anden slags gave (en introduktion, hjælp)
give-first-after = Efter gaven registreres anmodningen også, hvis den er klar; ellers venter den i gennemgangen som en planlagt anmodning.
give-first-button = Giv først
give-first-ask-anyway = Spørg alligevel
dialog-import-title = Importér kontakter
dialog-import-filter = Kontakter (vCard, CSV)
dialog-any-file = Alle filer
dialog-export-title = Eksportér kontakter
export-title = Eksport
export-format = Format
export-format-csv = CSV (Google Kontakter)
export-format-ron = RON (fuld sikkerhedskopi)
export-format-ics = iCalendar (opfølgninger og fødselsdage)
export-limit-circle = Kun kredsen
export-limit-tag = Kun mærket
export-any-tag = alle mærker
export-selected-only = Kun de { $count } valgte kontakter
export-ron-whole = En RON-eksport er altid hele netværket (en fuld sikkerhedskopi).
export-will-write = Skriver { $count ->
        [one] 1 kontakt
       *[other] { $count } kontakter
    }.
export-save-to = Gem i
export-save-to-hint = en sti, eller vælg en
export-choose-and-export = Vælg fil og eksportér…
export-button = Eksportér

## src/actions (hvad hver ændring hedder, til "Fortryd …" og "Udført: …")

action-add = tilføj { $name }
action-edit = redigér { $name }
action-remove-contact = fjern kontaktperson
action-log-touch = registrér kontakt
action-edit-touch = redigér kontakt
action-remove-touch = fjern kontakt
action-log-gift = registrér gave
action-edit-gift = redigér gave
action-remove-gift = fjern gave
action-log-ask = registrér anmodning
action-edit-ask = redigér anmodning
action-remove-ask = fjern anmodning
action-add-item = tilføj “{ $title }”
action-edit-item = redigér “{ $title }”
action-remove-item = fjern gave fra biblioteket
action-import = importér { $source }
action-capture = hent fra { $path }
action-rescan = læs { $path } igen
action-remove-source = fjern kilde
action-remove-import = fjern import
action-finish-review = afslut gennemgang
action-remove-review = fjern gennemgang
action-edit-profile = redigér profil
action-change-cadences = ændr kontakthyppigheder
action-snooze = udsæt { $name } til { $until }
action-skip = spring { $name } over i denne gennemgang
action-plan-ask = planlæg anmodning
action-mark-ask = markér anmodning som { $status }
action-mark-replied = markér som besvaret
action-purge = slet { $name } for altid
action-add-to-library = føj “{ $title }” til biblioteket
action-delete-from-library = slet “{ $title }” fra biblioteket
action-gave-note = Gav “{ $title }”
action-n-people = { $count } personer
action-give = giv “{ $title }” til { $who }
action-give-first-plan = giv først, planlæg anmodning

## src/actions/outreach_*.rs (beskeden, som Dunbar foreslår den: skrevet, som en dansker
## ville sende den, ikke oversat ord for ord)

outreach-met-network = Vi er forbundet på { $network }.
outreach-met-introduced = Det var { $who }, der satte os i forbindelse.
outreach-met-through = Vi kender hinanden gennem { $who }.
outreach-met-at = Vi mødtes { $preposition ->
        [at] { $event ->
            [yes] til
           *[no] på
        }
        [in] i
        [during] under
        [paa] på
       *[other] { $preposition }
    } { $place }.
outreach-since = { $key ->
        [today] i dag
        [yesterday] i går
        [days] forleden
        [week] i sidste uge
        [weeks] for et par uger siden
       *[months] for et par måneder siden
    }
outreach-a-while = Det er efterhånden længe siden, vi har talt sammen.
outreach-thanks-shared = Tak, fordi du delte mit opslag { $when }.
outreach-good-to-see = Det var dejligt at se dig { $when }.
outreach-good-to-talk = Tak for snakken { $when }.
outreach-thanks-note = Tak for din besked { $when }.
outreach-carrot-more = Jeg sender gerne mere af samme slags.
outreach-carrot-help = Sig endelig til, hvis der er noget, jeg kan hjælpe med.
outreach-next-gift = Jeg er spændt på at høre, hvad du synes.
outreach-next-catch-up = Skal vi finde en dag og tage en kop kaffe?
outreach-next-chat = Har du lyst til at tage en kort snak en dag?
outreach-next-meeting = Har du 20 minutter til et kort opkald i den nærmeste tid?
outreach-next-intro = Vil du sætte mig i forbindelse med en fra dit team?
outreach-next-favour = Må jeg bede dig om en lille tjeneste? Så sender jeg detaljerne.
outreach-next-sale = Skal jeg sende dig et kort oplæg?
outreach-next-referral = Kender du nogen, der kunne have gavn af det her?
outreach-subject-gift = Noget, du måske kan bruge
outreach-subject-checking-in = Hvordan går det?
outreach-common-company-topic = Vi arbejder begge hos { $company } og deler interessen for { $topic }.
outreach-common-company = Vi arbejder begge hos { $company }.
outreach-common-topic = Vi interesserer os begge for { $topic }.
outreach-question-topic = Hvad rører sig inden for { $topic } for tiden?
outreach-question = Hvad går du og laver for tiden?
outreach-interest = Jeg vil rigtig gerne høre, hvordan det går.
outreach-interest-company = Jeg vil rigtig gerne høre, hvordan det går hos { $company }.
outreach-greeting = Hej { $first }
outreach-sign-off = Mange hilsner
    { $name }
outreach-with-subject = Emne: { $subject }

    { $body }
outreach-sent = Sendte en besked
outreach-sent-subject = Sendte “{ $subject }”
outreach-gift-thought-of-you = Jeg faldt over “{ $title }”{ $link } og kom til at tænke på dig.
outreach-gift-why = Jeg faldt over “{ $title }”{ $link }: { $why }
outreach-intro-name = Jeg hedder { $name }.
outreach-intro-role = Jeg hedder { $name } og er { $role }.
outreach-intro-company = Jeg hedder { $name } og arbejder hos { $company }.
outreach-intro-full = Jeg hedder { $name } og er { $role } hos { $company }.
outreach-warn-no-gift = Beskeden beder om noget, men giver ingenting: tilføj en vidensgave først.
outreach-warn-not-ready = Anmodningen er ikke klar: { $why }. Sender du den alligevel, registreres den som for tidlig.
outreach-warn-no-intro = Fortæl, hvem du er: udfyld dit navn, din virksomhed og din rolle under Indstillinger → Din profil.
outreach-part-subject = Emne (om dem)
outreach-part-greeting = Hilsen (deres fornavn)
outreach-part-who-you-are = Hvem du er
outreach-part-common-ground = Noget fælles
outreach-part-observation = Noget, de har gjort
outreach-part-gift = Vidensgave
outreach-part-question = Et spørgsmål
outreach-part-interest = Ægte interesse
outreach-part-carrot = Noget, de får ud af det
outreach-part-next-step = Ét klart næste skridt
outreach-hint-subject = Deres arbejde, deres nyheder, deres spørgsmål
outreach-hint-greeting = Hej Mette
outreach-hint-who-you-are = Dit navn, din virksomhed og din rolle (Indstillinger → Din profil)
outreach-hint-common-ground = Hvordan I mødtes, en fælles interesse eller arbejdsplads
outreach-hint-observation = En artikel, de har skrevet, et skifte, de har taget
outreach-hint-gift = En artikel, rapport eller idé, der er deres tid værd
outreach-hint-question = Noget, de kan svare på i én linje
outreach-hint-interest = Hvorfor du gerne vil vide, hvordan det går dem
outreach-hint-carrot = Hvad de får ud af at svare
outreach-hint-next-step = Ét skridt, der er let at sige ja til

## src/ui/screens/import_screen.rs

import-drop = Træk en vCard- eller CSV-fil (LinkedIn, Google, Outlook) ind i vinduet, eller
import-choose = Vælg fil…
import-path = Filsti
import-path-hint = eller skriv filens sti
import-preview = Forhåndsvis
import-past = Tidligere importer
import-none-yet = Intet importeret endnu.
import-past-line = { $when }, { $count } tilføjet
import-remove = Fjern { $source }
import-summary = { $added } nye, { $merged } flettet, { $skipped } sprunget over
import-default-circle = Standardkreds
import-tag-hint = valgfrit, fx linkedin
import-now = Importér nu
import-line-warning = linje { $line }: { $message }
import-col-line = Linje
import-col-outcome = Resultat
import-col-details = Detaljer
import-keeps = beholder { $field } “{ $kept }” (filen: “{ $offered }”)
import-new = Ny
import-same-person = samme person som linje { $line } i denne fil
import-nothing-new = intet nyt
import-adds = tilføjer { $fields }
import-merge-into = Flet ind i { $name }
import-skipped = Sprunget over
import-field = { $field ->
        [linkedin] LinkedIn-adresse
        [uid] UID
        [addresses] adresser
        [anniversary] mærkedag
        [birthday] fødselsdag
        [company] virksomhed
        [connected-on] forbundet siden
        [email-labels] e-mailtyper
        [emails] e-mails
        [family-name] efternavn
        [given-name] fornavn
        [kind] slags
        [links] links
        [middle-name] mellemnavn
        [name-prefix] titel før navnet
        [name-suffix] titel efter navnet
        [name] navn
        [notes] noter
        [other-vcard] andre vCard-egenskaber
        [phone-labels] telefontyper
        [phones] telefoner
        [role] rolle
        [tags] mærker
       *[other] { $field }
    }
import-line = linje { $line }

## src/ui/theme.rs, review_screen.rs

drop-hint = Slip filen for at se, hvad en import vil gøre
review-finished = Gennemgangen er slut: { $handled } klaret, { $skipped } sprunget over, { $overdue } stadig over tid. Vi ses i næste uge.
cli-no-contact = ingen kontakt ved navn { $name }
cli-no-home = ingen hjemmemappe fundet; brug --data-dir MAPPE eller sæt DUNBAR_DATA_DIR

## Import: what was skipped or could not be read, line by line
import-warning-group-not-person = gruppekortet “{ $name }” er ikke en person, og ingen af dets medlemmer er i filen; sprunget over
import-warning-text-outside-card = tekst uden for et vCard (intet BEGIN:VCARD før den); ignoreret
import-warning-card-not-ended = vCard'et har intet END:VCARD før det næste kort; læst frem til dér
import-warning-card-cut-off = vCard'et har intet END:VCARD (filen slutter midt i det); det, der var, er læst
import-warning-line-without-colon = en linje uden kolon er ikke en vCard-egenskab; ignoreret: “{ $line }”
import-warning-too-many-properties = vCard'et har { $count } egenskaber, flere end de { $limit }, en kontakt kan have; sprunget over
import-warning-card-unreadable = vCard'et kunne ikke læses; sprunget over
import-warning-property-not-date = { $property } “{ $value }” er ikke en dato; udeladt
import-warning-nameless-row = rækken har hverken navn, organisation, e-mail eller telefon; sprunget over
import-warning-nameless-card = vCard'et har hverken navn, organisation, e-mail eller telefon; sprunget over
import-warning-unclosed-quote = rækken har et anførselstegn ("), der aldrig bliver lukket; sprunget over, og rækkerne efter den er læst hver for sig
import-warning-row-unreadable = rækken kunne ikke læses ({ $error }); sprunget over
import-warning-value-not-date = “{ $value }” er ikke en dato; udeladt
import-warning-connected-on-not-date = forbindelsesdatoen “{ $value }” er ikke en dato; udeladt
import-warning-exchange-address = “{ $address }” er en Exchange-katalogadresse, ikke en e-mail; udeladt
import-warning-not-contacts = hverken et vCard eller en CSV-overskrift med kontaktkolonner (som First Name, Last Name, E-mail) blev fundet; intet er importeret
import-warning-ambiguous-dates = { $file }: kolonnen “{ $column }”: datoer som “{ $example }” kan have både dag og måned først, og intet i filen afgør det; læst med måneden først
import-skip-trashed = { $name } ligger i papirkurven; gendan personen for at opdatere vedkommende fra denne fil
import-skip-nothing-new = findes allerede i netværket som { $name }; intet nyt

## Who holds the data folder's lock (shown to a second Dunbar)
lock-holder-window = Dunbar-vinduet
lock-holder-unknown = en anden proces
lock-holder-process = { $who }, proces { $process }

## Capture: what went wrong reading a source
capture-reading-job = Læser { $path }…
capture-error-unreadable = kan ikke læse { $path }: { $source }
capture-error-not-supported = { $what ->
    [zip] et zip-arkiv (en LinkedIn- eller kalendereksport)
   *[other] en LinkedIn-eksport
} kan ikke læses endnu; post (mbox-filer, Maildir-mapper) og kalendere (.ics) kan: { $path }
capture-error-cancelled = Læsningen blev stoppet; intet er ændret.
capture-error-no-mail = ingen post fundet (hverken en mbox-fil eller en Maildir-mappe): { $path }
capture-error-hint = Vælg en mbox-fil (Takeout, Thunderbird, Apple Mail), en Maildir-mappe, en kalender (.ics) eller LinkedIns eksport (.zip).
window-could-not-open = vinduet kunne ikke åbnes: { $error }

## A circle in one word, in the command line's text
circle-word-support = støtte
circle-word-sympathy = sympati
circle-word-affinity = affinitet
circle-word-active = aktiv
circle-word-acquaintance = bekendt
circle-word-known = kendt

## Reminders (dunbar remind): one notification a day with what is due
digest-waiting = { $count ->
        [one] 1 person venter på dig
       *[other] { $count } personer venter på dig
    }
digest-promises = { $count ->
        [one] 1 løfte skal holdes
       *[other] { $count } løfter skal holdes
    }
digest-meetings = { $count ->
        [one] 1 møde i dag
       *[other] { $count } møder i dag
    }
digest-birthdays = { $count ->
        [one] fødselsdag i dag: { $names }
       *[other] fødselsdage i dag: { $names }
    }
digest-review-due = tid til den ugentlige gennemgang
remind-open-review = Åbn gennemgangen
remind-quiet = Et roligt tidspunkt (Indstillinger › Påmindelser): ingen påmindelse nu.
remind-already-shown = Denne påmindelse er allerede vist i dag.
remind-no-service = ingen skrivebordstjeneste til notifikationer svarede ({ $reason }); påmindelsen er skrevet her i stedet
remind-bad-settings = indstillingerne for påmindelser kunne ikke læses: { $error }
remind-cannot-save = indstillingerne eller tilstanden for påmindelser kunne ikke gemmes: { $error }
remind-bad-time = “{ $text }” er ikke et klokkeslæt; skriv det som TT:MM, fx 09:00
remind-bad-days = “{ $text }” nævner ingen dage; skriv dem som lør,søn (eller ingen)
remind-bad-hours = “{ $text }” er ikke et tidsrum; skriv det som 22:00-07:00 (eller ingen)
remind-install-failed = tidsplanen kunne ikke ændres: { $error }
remind-installed = Påmindelser kommer hver dag kl. { $time }:
remind-uninstalled = Påmindelserne er slået fra:
remind-not-installed = Der var ingen påmindelser slået til; intet at fjerne.
remind-status-on = Påmindelser: hver dag kl. { $time }
remind-status-inactive = Påmindelser: installeret til kl. { $time }, men ikke aktive (systemctl --user enable --now dunbar-remind.timer)
remind-status-off = Påmindelser: ikke slået til (dunbar remind --install)
remind-last-run = Sidst kørt: { $when }
remind-never-ran = Sidst kørt: aldrig
remind-quiet-settings = Rolige dage: { $days }; rolige timer: { $hours }
remind-none = ingen
remind-opening-review = Åbner gennemgangen i Dunbar-vinduet.
cli-unknown-screen = ukendt skærm “{ $text }”; brug contacts, circles, review, gifts, insights, trash, import eller settings (eller kontakter, kredse, gennemgang, gaver, indsigt, papirkurv, indstillinger)
settings-reminders = Påmindelser
settings-reminders-help = Én gang om dagen, også når vinduet er lukket, viser Dunbar én notifikation, når nogen venter på dig, et løfte skal holdes, du skal mødes med nogen, eller det er tid til den ugentlige gennemgang. Det kører kun på denne computer (en systemd-timer, en LaunchAgent eller en opgave i Opgavestyring).
settings-reminders-unavailable = Ikke muligt her: påmindelser er til dit eget netværk (ikke demoen) på en computer med en hjemmemappe.
settings-reminders-time = Klokkeslæt
settings-reminders-quiet-hours = Rolige timer
settings-reminders-weekends = Ingen påmindelser lørdag og søndag
settings-reminders-on = Slå daglige påmindelser til
settings-reminders-off = Slå daglige påmindelser fra
report-reminders-on = Påmindelser kommer hver dag kl. { $time }.
report-reminders-off = De daglige påmindelser er slået fra.
report-reminders-failed = Tidsplanen for påmindelser kunne ikke ændres: { $error }

## Løfter og møder (DESIGN §11)
action-add-promise = lov “{ $text }”
action-edit-promise = ret løftet “{ $text }”
action-remove-promise = slet løfte
action-promise-done = hold løftet “{ $text }”
action-promise-done-gift = hold løftet “{ $text }” som en gave
action-reopen-promise = genåbn løftet “{ $text }”
due-not-understood = “{ $phrase }” er ikke en dato, Dunbar kan læse: prøv “fredag”, “om 2 uger”, “næste uge”, “12. maj” eller 2026-05-12
due-ambiguous = “{ $phrase }” kan være { $one } eller { $other }: skriv dagen som 2026-05-12 eller med ord (“12. maj”)
due-past = { $day } er passeret: et løfte skal holdes i dag eller senere
section-promised = Lovet
section-coming-up = Kommende møder
review-promised = du lovede “{ $text }”, { $due }
review-they-promised = de lovede “{ $text }”, { $due }
review-coming-up = “{ $event }” { $day } kl. { $time }
review-due-on = skal holdes { $date }
brief-title = Mødeforberedelse: { $name }
brief-role-at = { $role } hos { $company }
brief-event = “{ $event }” { $weekday } { $date } kl. { $time }
brief-touch = { $date }, { $channel }
brief-touch-note = { $date }, { $channel }: { $note }
brief-ask = { $what } ({ $status }, { $date })
brief-gift = { $what } ({ $date })
brief-promise = “{ $text }”, senest { $date }
brief-none = ingen
brief-gifts = { $count } i alt; senest: { $latest }
brief-who = Hvem: { $who }
brief-how-we-met = Sådan mødtes I: { $how }
brief-interests = Interesser: { $interests }
brief-last-touches = Seneste kontakt:
brief-my-asks = Dine åbne anmodninger: { $asks }
brief-their-asks = Venter på dit svar: { $asks }
brief-gave = Du har givet: { $gifts }
brief-received = De har givet: { $gifts }
brief-my-promises = Du har lovet: { $promises }
brief-their-promises = De har lovet: { $promises }
brief-bring = Tag med: “{ $title }”
brief-bring-why = Tag med: “{ $title }”, { $why }
brief-bring-nothing = Tag med: intet i dit bibliotek passer til deres interesser endnu
brief-opening = Åbningsreplik: { $line }
brief-open-promise = Hej { $first }, jeg har { $text } med, som lovet.
brief-open-bring = Hej { $first }, jeg faldt over “{ $title }” og tænkte på dig: den er din, hvis du kan bruge den.
brief-open-last = Hej { $first }, godt at se dig igen. Sidst: “{ $note }”.
brief-open-interest = Hej { $first }, hvordan går det med { $interest } for tiden?
brief-open-plain = Hej { $first }, godt at se dig. Hvad arbejder du med for tiden?
cli-logged-promise = , lovede “{ $text }” senest { $due }
cli-promise-needs-text = skriv, hvad der blev lovet
cli-promised = Du har lovet { $who } “{ $text }” senest { $due } (løfte { $id })
cli-promised-theirs = { $who } har lovet dig “{ $text }” senest { $due } (løfte { $id })
cli-no-promises = Ingen åbne løfter.
cli-promise-kept = holdt { $date }
cli-promise-overdue = over tid
cli-promise-due-today = skal holdes i dag
cli-promise-theirs = deres
cli-no-promise = intet løfte med id { $id } (dunbar promises --all viser dem)
cli-promise-already-kept = løfte { $id } er allerede holdt
cli-promise-done = “{ $text }” er holdt.
cli-promise-done-gift = “{ $text }” er holdt og skrevet ned som en gave.
cmd-promise = Lov noget…
cmd-review-promise = Lov dem noget…
cmd-meeting-brief = Mødeforberedelse
cmd-review-brief = Forbered mødet
cmd-review-promise-done = Løfte holdt
promise-title = Løfte: { $name }
promise-edit-title = Ret løfte: { $name }
promise-what = Hvad
promise-what-hint = artiklen om Dunbar
promise-by = Senest
promise-by-hint = fredag, om 2 uger, 2026-05-12
promise-by-empty = Skriv dagen: en dato eller “fredag”, “næste uge”, “om 2 uger”.
promise-due-read = Skal holdes { $day }
promise-mine = Jeg har lovet dem det
promise-theirs = De har lovet mig det
promise-save = Gem løftet
promise-cancel = Annullér
promise-delete = Slet løftet
brief-window-title = Mødeforberedelse: { $name }
brief-copy = Kopiér
brief-copied = Kopieret som tekst.
brief-open-contact = Åbn kontakten
brief-close = Luk
brief-bring-heading = Tag med fra dit bibliotek
brief-bring-none = Intet i dit bibliotek passer til deres interesser endnu.
brief-opening-heading = En replik at åbne med
brief-my-promises-heading = Du har lovet
brief-their-promises-heading = De har lovet
brief-my-asks-heading = Dine åbne anmodninger
brief-their-asks-heading = Venter på dit svar
brief-gave-heading = Du har givet
brief-received-heading = De har givet
review-no-promise = Linjen om { $name } handler ikke om et løfte.
review-was-it-a-gift = Var det en gave? y: ja, skriv den ned · n: nej, bare holdt · Esc: ikke endnu
review-gift-yes = Ja, en gave (y)
review-gift-no = Nej, bare holdt (n)
review-gift-cancel = Ikke endnu
page-next-meeting = Næste møde: “{ $event }” { $day } kl. { $time }
page-you-promised = Du lovede “{ $text }”
page-they-promised = De lovede “{ $text }”
page-promise-done = Holdt
page-promise-gift = Holdt, en gave
page-promise-edit = Ret
page-more-promises = og { $count } åbne løfter mere
filter-promises-due = Løfter at holde
filter-this-week = Denne uge
log-promise = Løfte: “{ $text }”
log-promise-due = senest
log-promise-when = Hvornår skal det holdes? Skriv dagen for at gemme løftet sammen med kontakten.
cli-capture-upcoming = { $count ->
    [one] 1 kommende møde med folk, du kender (gennemgangens “Kommende møder”)
   *[other] { $count } kommende møder med folk, du kender (gennemgangens “Kommende møder”)
}

## Flere enheder (DESIGN §10)
merge-from-device = Fra ‘{ $device }’: { $contacts } nye kontakter, { $edited } ændrede kontakter, { $touches } kontaktpunkter, { $others } andre ændringer, { $deleted } slettet.
merge-clash = { $name }: { $field } blev ændret på to enheder samtidig; ‘{ $kept }’ blev beholdt, og ‘{ $other }’ fra ‘{ $device }’ blev lagt til side.
merge-take-other = Brug ‘{ $other }’ i stedet
merge-clashes-title = Ændret på to enheder samtidig
merge-clashes-dismiss = Behold disse værdier
merge-nothing-new = Intet nyt i { $path }.
merge-dry-run = Intet blev ændret (--dry-run).
outside-unreadable = { $path } kan ikke åbnes ({ $problem }). Filen er ikke rørt og læses først igen, når den ændrer sig.
advice-outside-unreadable = Hvis et synkroniseringsprogram stadig kopierer den, så vent; ellers gendan en sikkerhedskopi under Indstillinger, eller fjern filen.
outside-waiting = en konfliktfil fra et synkroniseringsprogram venter ved siden af datafilen: { $path }; vinduet eller en kommando, der skriver, fletter den ind
cli-save-waiting = intet blev gemt: { $path } på disken kan ikke åbnes eller bliver ved med at ændre sig; den er ikke rørt
cli-no-device = denne enhed har ingen identitet: angiv en mappe til den med --device-dir eller DUNBAR_DEVICE_DIR
cli-device-name-empty = en enhed skal have et navn
device-line = Denne enhed: ‘{ $name }’ (id { $id }, gemt i { $path })
vdir-round = Fra mappen: { $added } nye, { $changed } ændrede, { $trashed } lagt i papirkurven. Til mappen: { $written } kort skrevet, { $deleted } slettet.
vdir-undo-label = ændringer fra kontaktmappen
settings-devices = Enheder
settings-this-device = Denne computer: ‘{ $name }’ (skift navn med `dunbar device --name NAVN`)
settings-mirror-folder = Spejl kontakter til en mappe
settings-mirror-now = Spejl nu
settings-mirror-hint = Én .vcf-fil pr. kontakt, som vdirsyncer kan synkronisere med din CardDAV-server og telefon; spejles efter hver gemning, og når et kort i mappen ændres. Lad feltet stå tomt for at stoppe.
report-mirror-failed = Kontakterne kunne ikke spejles til mappen: { $error }.
advice-mirror-failed = Tjek mappen under Indstillinger › Enheder; dine kontakter er i sikkerhed i Dunbar.
