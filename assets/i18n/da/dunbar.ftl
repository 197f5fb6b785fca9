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
circle-note-support = De få, du vender dig til i en krise. I kontakt mindst én gang om ugen (Sutcliffe m.fl. 2012; Dunbar & Spoors 1995).
circle-note-sympathy = Nære venner, som det ville gøre ondt at miste. I kontakt mindst én gang om måneden (Sutcliffe m.fl. 2012).
circle-note-affinity = Gode venner, du ville invitere til en fest. Omkring hver sjette måned er det mindste, der holder forbindelsen ved lige (Dunbar 2021); standarden er hver fjerde.
circle-note-active = Dunbars tal: folk, du kender personligt og ville hilse på, hvis I mødtes tilfældigt. Mindst én gang om året holder dem (Hill & Dunbar 2003, julekort).
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
review-give-back = { $key ->
        [knowledge] gav dig en vidensgave
        [intro] introducerede dig for nogen
        [help] hjalp dig
        [recommendation] anbefalede dig
       *[share] delte dit arbejde
    } { $when }
review-never-touched = aldrig i kontakt
review-last-touch = sidste kontakt { $when }
review-overdue = { $since }; hver { $days }. dag; { $overdue }
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
cli-save-conflict = datafilen blev ændret af en anden imens; den blev ikke rørt, og denne ændring blev gemt i { $copy }
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
