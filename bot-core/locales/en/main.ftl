# mentor-cloud — English, the reference locale.
# Every key here must exist in every other locale; variables must be the same.

## General

welcome-back = Welcome back, { $name }! Send /help to see what I can do.
not-joined = Hello! I am the programme's mentoring assistant. Send /start to join.
not-understood = I did not understand that. Send /help to see what I can do.
unknown-command = I do not know the command { $command }. Send /help to see what I can do.
text-too-long = Your message is too long ({ $length } characters; the limit is { $limit }). Please shorten it.
empty-message = That message was empty. Please type an answer.
internal-error = Sorry, something went wrong on my side and nothing was changed. Please try again in a moment.
nothing-to-cancel = There is nothing to cancel.
cancelled = Cancelled. Nothing was changed.
onboarding-cancelled = Joining was cancelled and nothing was saved. Send /start whenever you want to begin again.
dialog-in-progress = We are in the middle of something. Answer the question above, or send /cancel to stop.
direct-only = This is private, so I only answer it in a direct chat. I have sent it to you there.
direct-only-start = Please write to me in a direct chat to do that.
not-in-room = This command works in direct chats only.
coordinator-only = Only programme coordinators can do that.
needs-profile = You have not joined yet. Send /start to join.
choice-invalid = Please choose one of the options: answer with its number or its name.
choice-invalid-multi = Please choose one or more options: their numbers or names, separated by commas (for example: 1, 3).
choice-none = None
choice-done = Done
discord-reply = Reply
discord-reply-title = Your answer
discord-reply-label = Type your answer

help =
    What I can do:
    /start – join the programme (with an invite code if you have one)
    /profile – show your profile; /profile edit – change it
    /pair – your mentoring pairs
    /book – book a session with your mentor or mentee
    /sessions – your sessions; /reschedule, /cancel-session – change one
    /log – log hours; /hours – your hours against the programme's budget
    /report – hand in a report the programme asks for
    /ask <question> – ask the programme's knowledge base
    /share – share know-how with the programme; /entries – your entries
    /mentors – mentors who fit you (when the programme lets you choose)
    /avoid <person> – never be paired with someone
    /language – change the language I speak with you
    /link – connect another chat account to your profile
    /notify-on – choose the chat account that gets my notifications
    /privacy – what I store and why
    /export – get all your data as a file
    /forget – erase all your data
    /cancel – stop what we are doing
help-coordinator =
    For coordinators:
    /applications – mentor applications waiting for a decision
    /match – propose the best pairs for everyone without a mentor
    /pairs – all pairs of the programme
    /reports – who has handed in which report, and what is overdue
    /hide <number> – hide a knowledge entry
    /stats – the programme at a glance, with charts; /export – the programme's data as CSV files
    /announce [mentors|mentees|coordinators] <text> – a message to the whole cohort or one role
    /circles form [size] – group everyone into peer-mentoring circles; /circles lists them
    /invite mentor|mentee [uses] [days] – create an invite code
    /grant coordinator <person> – make someone a coordinator

## Onboarding

start-already-joined = You have already joined, { $name }. Send /profile to see your profile.
start-resume = Let us continue where we left off.
invite-required = This programme is by invitation only. Please ask a coordinator for an invite code and send /start followed by the code.
invite-invalid = The invite code { $code } is not valid or has expired. Please ask a coordinator for a new one.
invite-accepted-mentor = Your invite as a mentor was accepted.
invite-accepted-mentee = Your invite as a mentee was accepted.
ask-language = Welcome to the mentoring programme! Which language shall I use?
ask-consent =
    Before we start: to run the programme I store the profile you give me (name, country, organisation, sector, career stage, languages, competences, goals, availability, time zone and meeting preference), which chat accounts are yours, and what happens in the programme (applications, pairs, sessions). Coordinators of the programme can see your profile; other participants see only what is needed for a pairing. Nothing is sold or shared outside the programme. You can see everything with /export and erase it with /forget at any time. Send /privacy to read more.
    Do you agree?
consent-yes = I agree
consent-no = I do not agree
consent-refused = Understood. I have not stored anything about you. If you change your mind, send /start again.
ask-name = What is your name, as other participants should see it?
name-invalid = Please give a name of 2 to { $max } characters: letters, with spaces, hyphens, dots or apostrophes between them.
ask-country = Which country do you work in? Type its English name or its two-letter code (for example: Germany, DE).
country-invalid = I do not know the country “{ $input }”. Please type its English name or its two-letter ISO code, for example Poland or PL.
ask-organisation = Which organisation or company do you work for? (Send “-” if none.)
organisation-invalid = Please give the organisation's name in at most { $max } characters, or “-” if you have none.
ask-sector = Which sector do you work in?
ask-career-stage = Which career stage are you at?
career-student = Student
career-early = Early career (up to 5 years)
career-mid = Mid career (5 to 15 years)
career-senior = Senior (over 15 years)
career-executive = Executive or founder
ask-languages = Which languages can you hold a mentoring conversation in? Choose all that apply (for example: 1, 3).
ask-offers = Which competences can you offer as a mentor? Choose all that apply, or “None”. Even a junior can mentor a senior in a skill they master (reverse mentoring).
ask-years = How many years of experience do you have in “{ $competence }”?
years-invalid = Please answer with a whole number of years between 0 and 60.
ask-capacity = How many mentees can you take at the same time? (a number from 1 to { $max }; most mentors take 2)
capacity-invalid = Please answer with a whole number from 1 to { $max }.
ask-seeks = Which competences would you like to develop with a mentor? Choose all that apply, or “None”.
offers-or-seeks-required = Please choose at least one competence, either to offer or to develop. Let us go back to what you can offer.
mentor-invite-needs-offer = You were invited as a mentor, so please choose at least one competence you can offer.
mentee-invite-needs-seek = You were invited as a mentee, so please choose at least one competence you would like to develop.
ask-goals = What are your goals for this programme? A few sentences are enough.
goals-invalid = Please describe your goals in 3 to { $max } characters.
ask-availability = How many hours a month can you give to mentoring? (a number, for example 4)
availability-invalid = Please answer with a whole number of hours between 1 and 200.
ask-timezone = Which time zone are you in? Choose one or type its name (for example: Europe/Berlin).
ask-timezone-free = Which time zone are you in? Type its name, for example Europe/Berlin or America/New_York.
timezone-invalid = I do not know the time zone “{ $input }”. Please type a name from the time zone database, for example Europe/Berlin.
ask-meeting-mode = How would you like to meet?
meeting-online = Online
meeting-in-person = In person
meeting-both = Both
onboarding-done = Thank you, { $name }! Here is your profile:
next-steps-mentor = Your offer to mentor is now an application: a coordinator will review it and I will tell you the result.
next-steps-mentee = Next, a coordinator will pair you with a mentor who speaks your language and offers what you seek. I will introduce you.
next-steps-coordinator = You are a coordinator of this programme. Send /help to see your commands.
next-steps-edit = You can change any of this with /profile edit.

## Profile

profile-title = Profile of { $name }
field-name = Name
field-country = Country
field-organisation = Organisation
field-sector = Sector
field-career-stage = Career stage
field-languages = Languages
field-offers = Offers as a mentor
field-capacity = Mentees at a time
capacity-value = { $count }
field-seeks = Wants to develop
field-goals = Goals
field-availability = Availability
field-timezone = Time zone
field-meeting-mode = Meeting
field-roles = Roles
field-competences = Competences
availability-value = { $hours } h a month
years-value = { $years } years
value-none = –
role-coordinator = coordinator
role-mentor = mentor
role-mentor-applicant = mentor (application pending)
role-mentor-interview = mentor (interview proposed)
role-mentor-rejected = mentor application not accepted
role-mentee = mentee
profile-edit-ask = Which part of your profile do you want to change?
profile-updated = Saved. Your profile now reads:
profile-coordinator-minimal = As a coordinator you only need a name, a country and a time zone.

## Language

language-ask = Which language shall I use?
language-set = I will speak English with you from now on.

## Mentor applications

application-new =
    New mentor application from { $name } ({ $country }, { $organisation }).
    Offers: { $offers }
    Goals: { $goals }
application-approve = Approve
application-reject = Reject
application-interview = Ask for an interview
application-approved-applicant = Good news: your application as a mentor has been approved. Thank you for sharing your experience!
application-approved-coordinator = { $name } is now an approved mentor.
application-rejected-applicant = Your application as a mentor was not accepted. The coordinator's reason: { $reason }
application-rejected-coordinator = The application of { $name } was rejected and the reason was sent to them.
application-reason-ask = Please type the reason for rejecting { $name }'s application. It will be sent to them.
application-reason-invalid = Please give a reason of 3 to { $max } characters.
application-interview-ask = When would you like to talk with { $name }? Type a date and time in your time zone ({ $timezone }), for example 2026-12-03 15:00.
application-interview-invalid = I could not read “{ $input }” as a future date and time. Please use the form 2026-12-03 15:00.
application-interview-applicant = A coordinator, { $coordinator }, would like to talk with you about your mentor application on { $when } (your time, { $timezone }). Please reply to them to confirm.
application-interview-coordinator = { $name } was asked for an interview on { $when } ({ $timezone }).
application-already-decided = This application has already been decided.
application-unknown = I cannot find that application any more.
applications-none = No mentor applications are waiting.
applications-title = Mentor applications waiting for a decision: { $count }

## Coordinators and invites

grant-usage = Use: /grant coordinator <person>, where <person> is their name or chat handle.
grant-unknown = I found nobody called “{ $input }” who has joined.
grant-ambiguous = More than one person matches “{ $input }”. Please use their chat handle.
grant-done = { $name } is now a coordinator.
grant-already = { $name } is already a coordinator.
grant-received = { $by } made you a coordinator of the programme. Send /help to see your new commands.
invite-usage = Use: /invite mentor|mentee [uses] [days], for example /invite mentee 10 30. Uses: 1 to 500, days: 1 to 365.
invite-created =
    Invite code for { $role } ({ $uses ->
        [one] one use
       *[other] { $uses } uses
    }, valid until { $until }):
    { $code }
    New participants send: /start { $code }
role-name-mentor = a mentor
role-name-mentee = a mentee

## Linking accounts

link-code =
    Your link code is { $code }. It is valid for 10 minutes.
    From your other chat account, send: /link { $code }
link-done = This account is now linked to your profile, { $name }.
link-invalid = That link code is not valid or has expired. Send /link from your first account to get a new one.
link-already = This account already belongs to your profile.
link-other-profile = This account already belongs to another profile. Send /forget here first if you want to link it.
link-needs-profile = Send /link from the account that already has a profile to get a code.
notify-usage = Use: /notify-on <platform>, one of: { $platforms }. Notifications now go to your { $current } account.
notify-set = From now on I send notifications to your { $platform } account.
notify-unknown = You have no { $platform } account linked to your profile. Your accounts: { $platforms }.
link-notice = Another chat account ({ $platform }) was linked to your profile. If this was not you, tell a coordinator.

## Privacy

privacy =
    What I store, and why:
    • Your profile (name, country, organisation, sector, career stage, languages, competences, goals, availability, time zone, meeting preference) – to pair you with the right people.
    • Your chat accounts – to reach you where you chat.
    • Programme records (applications, pairs, sessions, hours, reports) – to run the programme and report on it.
    • An audit log of coordinators' actions – for accountability.
    Coordinators can see your profile. Other participants see only what a pairing needs.
    /export sends you everything I store about you; /forget erases it. Knowledge you chose to share stays in the knowledge base, anonymised.
export-ready = Here is everything I store about you.
forget-confirm = This erases your profile, your linked accounts and your programme records. It cannot be undone. Are you sure?
forget-yes = Yes, erase everything
forget-no = No, keep my data
forget-done = All your data has been erased. Goodbye, and thank you for taking part.
forget-kept = Nothing was erased.

## Pairs

why-competences = { $competences } meet
why-languages = you share { $languages }
why-countries = different countries ({ $first } and { $second })
why-overlap = { $hours ->
    [one] one working hour in common
   *[other] { $hours } working hours in common
}
why-reverse = reverse mentoring: the mentee is the more senior
pair-accept = Accept { $name }
pair-decline = Decline { $name }
pair-intro-mentee = Meet your mentor: { $name } ({ $country }, { $organisation }). Why you two: { $why }.
pair-intro-mentor = Meet your new mentee: { $name } ({ $country }, { $organisation }). Why you two: { $why }. Their goals: “{ $goals }”
pair-intro-next = Please accept or decline by { $deadline } (your time). Once you both accept, I will put you in touch: agree on a first session, and start with a goals agreement.
request-new = { $name } ({ $country }) asks you to be their mentor. Why you two: { $why }. Their goals: “{ $goals }” Please accept or decline by { $deadline } (your time).
request-sent = I have asked { $name }. They have until { $deadline } (your time) to answer; I will let you know.
pair-unknown = I cannot find that pair, or it is not yours.
pair-answered-already = This has already been answered or has lapsed.
request-full = That mentor has no free place any more, so the request was passed on.
pair-accepted-wait = Thank you! As soon as { $name } accepts too, you can start.
pair-active = You and { $name } are now a mentoring pair. You can reach them on { $contact }. Agree on a first session and start with your goals agreement.
pair-decline-reason-ask = Would you like to say why? It helps the coordinators find a better match. Send “-” to skip.
pair-declined-self = Understood, the introduction is declined. You are back in the pool.
pair-declined-other = { $name } declined the introduction. You are back in the pool, and a coordinator will look for another match.
pair-expired = The introduction with { $name } was not answered in time and has lapsed. You are back in the pool.
pair-declined-coordinator = { $who } declined the introduction of { $mentor } (mentor) and { $mentee } (mentee). Both are back in the pool.
pair-declined-coordinator-reason = { $who } declined the introduction of { $mentor } (mentor) and { $mentee } (mentee), saying: “{ $reason }” Both are back in the pool.
pair-expired-coordinator = The introduction of { $mentor } (mentor) and { $mentee } (mentee) lapsed without an answer. Both are back in the pool.
request-declined-self = Understood, you declined the request. Thank you for answering.
request-lapsed-mentor = The request from { $name } was not answered in time and has lapsed.
request-passed-on = { $name } could not take you on, so I have asked { $next }, your next choice.
request-none-left = { $name } could not take you on, and none of your other choices is free. Send /mentors to see who else fits.
pair-state-proposed = proposed
pair-state-rejected = rejected
pair-state-requested = requested
pair-state-introduced = introduced
pair-state-active = active
pair-state-completed = completed
pair-state-ended = ended
pair-none = You have no mentoring pair yet.
pair-list-title = Your mentoring pairs:
pair-role-mentor = Your mentor
pair-role-mentee = Your mentee
pair-line = { $role }: { $name } – { $state } since { $since }
pair-complete-button = Completed with { $name }
pair-end-button = End the pair with { $name }
pairs-none = There are no pairs yet. Send /match to propose some.
pairs-title = All pairs: { $count }
pairs-line = { $mentor } → { $mentee } – { $state } since { $since }
pairs-end-button = End { $mentor } → { $mentee }
pair-cannot-complete = Only an active pair can be completed; this one is { $state }.
pair-cannot-end = This pair has already finished ({ $state }).
pair-completed = Congratulations: your mentoring with { $name } is completed. Thank you both!
pair-end-reason-ask = Why is the pair ending? It stays between you and the coordinators. Send “-” to skip.
pair-ended = Your mentoring pair with { $name } was ended by { $by }. A coordinator can help if you would like a new match.
pair-ended-self = The pair has ended.

## Matching

match-none = There is nobody to pair right now: no mentee without a mentor has a feasible mentor with a free place ({ $unmatched } without a match).
match-title = Proposed pairs: { $count } (total score { $total }; { $unmatched } without a match). Nobody is told anything until you approve.
match-line = { $mentor } → { $mentee } · { $score } · { $why }
match-more = … and { $count } more.
match-approve-all = Approve all
match-review = Review one by one
match-approve = Approve
match-reject = Reject
match-reviewed = All proposals are decided. Send /pairs to see the pairs.
match-approved = { $count ->
    [one] One pair approved and introduced.
   *[other] { $count } pairs approved and introduced.
}
match-approved-full = { $count ->
    [one] One proposal could not be approved: the mentor has no free place any more, or the mentee found a mentor meanwhile.
   *[other] { $count } proposals could not be approved: the mentor has no free place any more, or the mentee found a mentor meanwhile.
}
match-approved-one = { $mentor } and { $mentee } are introduced to each other.
match-full = { $mentor } has no free place any more (or { $mentee } found a mentor meanwhile), so this proposal was dropped.
match-rejected-one = Rejected: { $mentor } and { $mentee } will not be proposed again. The rest is re-optimised: { $count } proposals now.
match-stale = That proposal is no longer open.
mentors-off = In this programme the coordinators make the pairs; you will be introduced to your mentor.
mentors-not-now = You already have a mentor or an open request, or you seek no competence (change that with /profile edit).
mentors-none = No mentor with a free place fits you right now. A coordinator will look for a match.
mentors-title = Mentors who fit you best:
mentors-line = { $name } ({ $country }): { $why }
mentors-request = Ask { $name }
mentors-gone = That mentor is no longer available. Here is the current list.
avoid-usage = Use: /avoid <person>, with their name or chat handle. You will never be paired with them; they are not told.
avoid-done = Noted: you will not be paired with them. They are not told.
avoid-self = You cannot avoid yourself.

## Circles

circles-usage = Use: /circles form [size], with a size from 2 to { $max } (5 if you leave it out); /circles lists the circles.
circles-none = No circle could be formed: too few people who share a language and seek a competence are outside a circle ({ $left } left out).
circles-formed = { $count ->
    [one] One circle formed
   *[other] { $count } circles formed
} with { $people } people; each member has been told who is in their circle.
circles-left-out = No circle could take: { $names } (no language shared with enough others).
circle-formed = You are in the peer-mentoring circle { $circle }, together with { $members }. You all speak { $language }.
circle-shared = What several of you want to develop: { $competences }.
circles-empty = There are no circles yet. Send /circles form to form them.
circles-title = Circles: { $count }
circles-line = { $circle } ({ $language }): { $members } – { $competences }

## Sessions

session-place-open = to be agreed
session-describe = { $when } ({ $timezone }), { $minutes } minutes, { $mode }: { $place }
when-unreadable = I could not read that as a date and time. Type it in your own time, for example { $example }, “tomorrow 15:00” or “tue 18:00”.
when-past = That time has already passed. Please give a time in the future, for example { $example }.
when-ambiguous = That time is ambiguous (for example, the clocks change then, or an hour like 3 could be night or afternoon). Please write it out, for example { $example }.
when-nonexistent = That time does not exist in your time zone on that day, because the clocks change. Please pick another, for example { $example }.
when-too-far = That is too far ahead. Please pick a time within the next two years, for example { $example }.
when-after-end = That is after the programme ends. Please pick an earlier time.
book-no-pair = You need an active mentoring pair to book a session. Send /pair to see yours.
book-ask-pair = With whom is the session?
book-ask-when = When? Type the date and time in your time zone ({ $timezone }), for example { $example }, “tomorrow 15:00”, “tue 18:00” or “in 3 days 10:00”.
minutes-value = { $minutes } min
book-ask-minutes = How long? (or type the minutes)
book-minutes-invalid = Please choose a length, or type the minutes (15 to 480).
book-ask-mode = Online or in person?
book-ask-link = The link for the online session? Send “-” if you will agree on it later.
book-ask-place = Where will you meet? Send “-” if you will agree on it later.
book-place-invalid = Please give the link or place in at most 300 characters, or “-”.
repeat-once = Just once
repeat-weekly = Every week
repeat-biweekly = Every two weeks
repeat-cron = on the schedule { $rule }
book-ask-repeat = Does it repeat? Choose, or type a cron rule (seconds minutes hours day month weekday, e.g. 0 0 18 * * Tue).
book-repeat-invalid = Please choose one of the options, or type a valid cron rule such as 0 0 18 * * Tue.
book-sent = I have asked { $name } to confirm: { $session }{ $count ->
    [one] .
   *[other] , and { $count } sessions in all.
}
session-request = { $name } proposes a mentoring session: { $session }.
session-series = It repeats { $rule }: { $count } sessions until the programme ends.
session-confirm = Confirm
session-confirm-all = Confirm all
session-other-time = Propose another time
session-decline = Decline
session-unknown = I cannot find that session, or it is not yours.
session-answered-already = That session has already been answered.
session-own-proposal = You proposed this yourself; the other person confirms it.
session-declined = { $name } declined the session on { $session }.
session-declined-self = Declined. The other person has been told.
session-not-upcoming = That session is no longer ahead, so it cannot be changed.
session-attend-noted = Great, see you there!
session-confirmed = Your session with { $name } is confirmed: { $session }{ $count ->
    [one] .
   *[other] , and { $count } sessions in all.
} The calendar file is attached.
session-calendar-title = Mentoring session with { $name }
session-cancelled = { $name } cancelled the session on { $session }.
session-cancelled-self = The session is cancelled, and the other person has been told.
session-ask-new-time = Which time would suit you? Type it in your time zone ({ $timezone }), for example { $example }.
session-time-sent = I have proposed the new time to { $name }: { $session }.
session-reminder = Reminder: your session with { $name } is on { $session }.
reminder-late = (This reminder comes late: I was not running at its time.)
session-attend = I will be there
session-reschedule = Reschedule
session-cancel = Cancel it
session-follow-up = Did your session with { $name } on { $session } take place?
session-held = Yes, { $minutes } minutes
session-other-length = Yes, but longer or shorter
session-missed = No
session-already-recorded = That session has already been recorded.
session-missed-noted = Noted: the session did not take place. Book a new one with /book.
session-ask-length = How many minutes did it last?
session-length-invalid = Please answer with the minutes, from 5 to 600.
session-ask-note = Anything to note about it (a topic, an agreement, a next step)? Send “-” to skip.
session-recorded = Thank you! { $minutes } minutes are logged for both of you.
session-recorded-other = { $name } recorded your session: { $minutes } minutes are logged for both of you.
session-state-proposed = waiting for confirmation
session-state-confirmed = confirmed
session-state-cancelled = cancelled
session-state-held = took place
session-state-missed = did not take place
sessions-line = { $when } with { $name }, { $minutes } min – { $state }
sessions-none = You have no sessions yet. Book one with /book.
sessions-none-upcoming = You have no upcoming sessions.
sessions-upcoming = Upcoming:
sessions-past = Recent:
sessions-pick-reschedule = Which session do you want to move?
sessions-pick-cancel = Which session do you want to cancel?

## Hours

hours-kind-bilateral = Bilateral session
hours-kind-group = Group session
hours-kind-joint = Joint meeting
hours-kind-preparation = Preparation and reporting
log-ask-kind = What did you spend the time on?
log-ask-hours = How many hours? (for example 1.5, or 90 min)
log-hours-invalid = Please give the hours as a number from 0.25 to 12 (for example 1.5), or minutes (for example 90 min).
log-done = Logged: { $hours } h, { $kind }.
hours-title = Your hours: { $hours } h in all.
hours-line = { $kind }: { $hours } h
hours-budget = The programme's budget is { $budget } h per mentee: { $left } h are left. Bilateral sessions so far: { $bilateral } h (at least { $min } h are expected).
hours-warning = You have used { $hours } h of the programme's { $budget } h budget.
hours-budget-reached = You have reached the programme's budget of { $budget } hours.
hours-refused = These hours would go over the programme's budget of { $budget } hours ({ $left } h are left), so they were not logged. A coordinator can help.
hours-pending = { $hours } h more would go over the programme's budget of { $budget } hours, so they wait for a coordinator's approval. You will hear back.
hours-approval-request = { $name } logged { $hours } h ({ $kind }), which takes them to { $total } h, over the budget of { $budget } h. Approve these hours?
hours-approve = Approve
hours-refuse = Refuse
hours-approved-coordinator = Approved: { $hours } h for { $name } are logged.
hours-refused-coordinator = Refused: { $hours } h for { $name } are not logged.
hours-approved = { $name } approved your { $hours } h over the budget: they are logged.
hours-not-approved = { $name } did not approve your { $hours } h over the budget, so they are not logged.
hours-request-already-decided = These hours were already decided.
hours-request-unknown = I don't know these hours any more.

## Programme: check-ins, reports, nudges

checkin-ask = How is your mentoring with { $name } going?
checkin-rating-1 = 1 – poorly
checkin-rating-2 = 2
checkin-rating-3 = 3 – fine
checkin-rating-4 = 4
checkin-rating-5 = 5 – excellent
checkin-ask-comment = Thank you. Anything you would like to add? Send “-” to skip.
checkin-thanks = Thank you for your feedback!
checkin-low-coordinator = { $name } rated the mentoring with { $other } { $rating } out of 5. Comment: “{ $comment }”
deliverable-due = Reminder: “{ $title }” is due on { $due }. Send /report to hand it in.
deliverable-overdue = “{ $title }” was due on { $due } and has not been handed in yet. Send /report to hand it in.
report-none-owed = You have no report to hand in right now.
report-ask-which = Which report do you want to hand in?
report-not-owed = That report is not yours to hand in, or it has already been handed in.
report-question = Question { $number } of { $count } (please answer in { $language }): { $question }
report-answer-invalid = Please answer in 2 to { $max } characters.
report-preview = Here is your “{ $title }”. Send it?
report-send = Send it
report-restart = Start again
report-sent = Thank you! “{ $title }” has been handed in.
reports-none-configured = This programme asks for no reports.
reports-no-pairs = There are no active or completed pairs yet.
reports-title = Reports:
reports-delivered = { $name }: “{ $title }” handed in on { $date }
reports-due = { $name }: “{ $title }” due on { $date }
reports-overdue = { $name }: “{ $title }” OVERDUE since { $date }
nudge-inactive = You and { $name } have not had a session for { $days } days. Send /book to plan the next one.
nudge-answer = { $name } is waiting for your answer to the introduction. Send /pair to accept or decline.
nudge-applications = { $count ->
    [one] One mentor application is
   *[other] { $count } mentor applications are
} waiting for a decision. Send /applications.
stuck-inactive = { $mentor } and { $mentee } have had no session for { $days } days.

## Knowledge

kb-anonymous = a programme member
kb-unavailable = The knowledge base is not available right now. Please try again later.
kb-ask-usage = Use: /ask followed by your question (3 to { $max } characters), for example /ask How do I prepare for a first session?
kb-ask-mentor = Ask a mentor
kb-no-results = I found nothing in the knowledge base that answers this. A mentor may know: shall I pass your question on?
kb-passages-title = The most relevant passages I found:
kb-sources = Sources:
kb-source = [{ $number }] “{ $title }” by { $author } ({ $language }, #{ $id })
kb-llm-timeout = (The writing assistant took too long, so here are the passages themselves.)
kb-llm-failed = (The writing assistant is not available, so here are the passages themselves.)
kb-helpful = Helpful
kb-not-helpful = Not helpful
kb-thanks-helpful = Thank you! This helps rank the answers.
kb-thanks-not-helpful = Thank you. You can also pass the question on to a mentor.
kb-nothing-to-route = Ask your question with /ask first; then I can pass it on to a mentor.
kb-no-mentor = No approved mentor fits this question right now. A coordinator can help.
kb-routed-question = { $name } asks a question the knowledge base could not answer ({ $language }): “{ $question }” Can you answer it?
kb-answer-button = Answer it
kb-routed = { $count ->
    [one] I have passed your question on to a mentor.
   *[other] I have passed your question on to { $count } mentors.
} The first answer comes straight to you.
kb-question-gone = That question is no longer open.
kb-already-answered = Thank you, but another mentor has already answered this question.
kb-answer-ask = Please type your answer. It goes straight to the person who asked.
kb-answer-invalid = Please answer in 10 to { $max } characters.
kb-mentor-answer = { $name } answered your question “{ $question }”: { $answer }
kb-answer-sent = Thank you! Your answer went to { $name }. May it become a knowledge entry for the whole programme? It is added only if both of you agree.
kb-keep = Add it to the knowledge base
kb-private = Keep it between us
kb-entry-exists = It is already in the knowledge base.
kb-kept-private = Understood: it stays between the two of you.
kb-consent-waiting = Thank you. It is added as soon as the other person agrees too.
kb-entry-created = The answer is now knowledge entry #{ $id }. Thank you for sharing!
share-ask-title = What is the title of what you want to share?
share-ask-body = Please write the text: what you learned, a method, an answer to a common question.
share-ask-tags = Which competences is it about? Choose all that apply, or “None”.
share-visibility-programme = Everyone in the programme
share-visibility-pair = Only my mentoring pair
share-ask-visibility = Who may read it?
share-name-shown = Show my name
share-name-anonymous = Show “a programme member”
share-ask-name = How should you be named as the author?
share-keep-yes = Keep it, anonymised
share-keep-no = Delete it
share-ask-consent = If you ever leave the programme and erase your data, should this entry stay in the knowledge base without your name, or be deleted?
share-ask-language = In which language is it written?
share-preview = Here is your entry. Save it?
share-preview-language = Language: { $language }
share-preview-tags = Competences: { $tags }
share-save = Save
share-change-language = Change the language
share-restart = Start again
share-title-invalid = Please give a title of 3 to { $max } characters.
share-body-invalid = Please write { $min } to { $max } characters.
share-saved = Saved as knowledge entry #{ $id }. Thank you for sharing! You can change it with /entries.
entries-none = You have not shared any entries yet. Send /share to start.
entries-title = Your entries: { $count }. Choose one to change or delete it.
entries-edit = Edit #{ $id } “{ $title }”
entries-delete = Delete #{ $id }
entry-not-yours = That entry is not yours, or it no longer exists.
entry-ask-text = Please send the new text of the entry.
entry-updated = Entry #{ $id } is updated.
entry-deleted = Entry #{ $id } is deleted.
hide-usage = Use: /hide <number>, with the entry's number as shown in the sources (for example /hide 12).
entry-unknown = There is no entry #{ $id }.
entry-hidden = Entry #{ $id } is hidden: it stays in the records but is no longer found.
capture-offer = Would you like to share this note with the programme's knowledge base? Your mentoring partner will be asked to agree first.
capture-share = Share the note
capture-nothing = There is no note to share from that session.
capture-ask-other = { $name } would like to share the note from your session in the programme's knowledge base: “{ $note }” Do you agree?
capture-agree = I agree
capture-decline = Please do not
capture-asked = I have asked { $name } to agree.
capture-declined-self = Understood: the note stays between the two of you.
capture-declined = { $name } prefers to keep the note between the two of you.
capture-title = Notes from a mentoring session on { $date }

## Coordinator view

export-which = Which data do you want?
export-mine = My own data
export-programme = The programme's data (CSV)
export-programme-ready = The programme's data: participants, pairs, sessions, hours and reports.
stats-title = The programme at a glance:
stats-people = People: { $total } (mentees { $mentees }, approved mentors { $mentors }, mentor applications { $applicants }, coordinators { $coordinators })
stats-countries = By country: { $countries }
stats-pairs = Pairs: { $active } active, { $introduced } waiting for answers, { $completed } completed, { $ended } ended
stats-sessions = Sessions: { $held } held, { $upcoming } upcoming
stats-hours = Hours logged: { $hours } h, of which { $bilateral } h in bilateral sessions (budget { $budget } h per mentee)
stats-reports = Reports: { $delivered } handed in, { $overdue } overdue
stats-checkins = Check-ins: average { $average } of 5 from { $count } ratings, { $low } low
stats-attention = Needs attention:
stats-attention-none = Nobody needs attention right now.
stats-attention-inactive = { $mentor } and { $mentee }: no session for { $days } days
stats-attention-unanswered = { $mentor } and { $mentee }: an introduction or request is waiting for an answer
stats-attention-overdue = { $name }: “{ $title }” is overdue
stats-attention-applications = { $count ->
    [one] One mentor application is waiting
   *[other] { $count } mentor applications are waiting
}
chart-hours-title = Hours per mentee against the budget
chart-hours-series = Hours logged
chart-hours-axis = Hours
chart-budget = Budget ({ $budget } h)
chart-sessions-title = Sessions held per week
chart-sessions-series = Sessions
chart-sessions-axis = Sessions
chart-countries-title = Participants by country
chart-countries-series = Participants
chart-countries-axis = People
announce-usage = Use: /announce [mentors|mentees|coordinators] <text>, for example /announce mentees The joint meeting is on Friday at 10:00 (CET).
announce-from = Announcement from { $name }:
announce-sent = { $count ->
    [one] The announcement is on its way to one person.
   *[other] The announcement is on its way to { $count } people.
}

## Group sessions in rooms

group-room-only = This works in the chat room of a circle or group. Please write it there.
group-members-only = Only members of the programme can take part in group sessions. Write /start to me in a direct chat to join.
group-help =
    Group sessions in this room:
    /group schedule <when> <topic> – plan a session, for example: /group schedule tomorrow 15:00 Hiring abroad
    /group attend, /group absent – say whether you will come
    /group start – begin: the agenda and the attendance call
    /here – answer the attendance call
    /round [minutes] – the next presenter states a challenge and the others advise in turn; /next passes the word
    /note <text> – add a note; /action <person> <text> – add an action item
    /group end – close with a summary; /group cancel – call off the next session
    /group link <circle> – make this room the circle's room
    /group room <circle> – I create a room for the circle and invite its members (on Matrix)
group-status-circle = This is the room of the circle { $circle }.
group-status-cohort = This room belongs to no circle: sessions here are joint meetings of the whole cohort.
group-status-none = No group session is planned here.
group-status-next = Next session: “{ $topic }” on { $when }. Will attend: { $attend }. Cannot attend: { $absent }.
group-status-running = Under way: “{ $topic }” (planned for { $when }). Said they would attend: { $attend }. Cannot attend: { $absent }.
group-no-circle = This room is not linked to a circle, so only a coordinator can plan a joint meeting of the cohort here. A member of a circle can link the room with /group link <circle>, for example /group link circle-1.
group-schedule-denied = Only a coordinator, or a mentor who is a member of this circle, can plan a group session here.
group-schedule-usage = Use: /group schedule <when> <topic>, with the time in your own time zone, for example: /group schedule tomorrow 15:00 Hiring abroad
group-topic-invalid = Please give a topic of 2 to { $max } characters.
group-schedule-clash = This room already has a session then: “{ $topic }” at { $when }. Please pick another time.
group-scheduled = { $name } planned a group session: “{ $topic }” on { $when }, { $minutes } minutes. I will remind everyone before it. Will you come? Answer with the buttons, or with /group attend or /group absent.
group-invitation = { $name } planned a group session of { $room }: “{ $topic }” on { $when } ({ $timezone }), { $minutes } minutes. Will you attend?
group-whole-cohort = the whole cohort
group-attend = I will attend
group-absent = I cannot attend
group-will-attend = Noted: { $name } will attend “{ $topic }”.
group-will-not-attend = Noted: { $name } cannot attend “{ $topic }”.
group-nothing-scheduled = No group session is planned in this room. Plan one with /group schedule <when> <topic>.
group-session-unknown = I cannot find that group session.
group-session-over = The group session “{ $topic }” is over or was called off.
group-reminder-room = Reminder: the group session “{ $topic }” is on { $when }. Will you come? Answer with the buttons, or with /group attend or /group absent.
group-reminder = Reminder: the group session of { $room }, “{ $topic }”, is on { $when } ({ $timezone }).
group-cancelled = { $name } called off the group session “{ $topic }” on { $when }.
group-cancelled-member = { $name } called off the group session “{ $topic }” on { $when } ({ $timezone }).
group-cancel-running = A session under way is not called off but closed, with /group end.
group-run-denied = Only the facilitator, a coordinator or a mentor of this circle can do that.
group-already-running = A group session is already under way here. Close it with /group end first.
group-start-too-early = The next session, “{ $topic }”, is planned for { $when }. It can be started from { $minutes } minutes before.
group-agenda =
    The group session “{ $topic }” begins. Facilitator: { $name }.
    Agenda:
    1. Attendance: answer with /here or the button.
    2. Rounds: /round picks a presenter, who states a challenge; the others give advice in turn, and /next passes the word. Each round has { $minutes } minutes.
    3. Throughout: /note <text> for notes, /action <person> <text> for action items.
    4. /group end closes with a summary.
    Expected: { $expected }. Excused: { $excused }.
group-here-button = I am here
group-not-running = No group session is under way in this room. A planned one begins with /group start.
group-present = Welcome, { $name }! { $count ->
    [one] One person is here.
   *[other] { $count } people are here.
}
group-already-present = You are already on the list, { $name }.
group-not-present = Please answer the attendance call with /here first.
group-note-usage = Use: /note <text>, with 2 to { $max } characters.
group-noted = Noted ({ $count ->
    [one] one note
   *[other] { $count } notes
} so far).
group-action-usage = Use: /action <person> <text>, for example: /action Ben send the price list (at most { $max } characters).
group-action-unknown = I do not know “{ $name }” in this session. Please use the name of someone invited or present: { $members }.
group-action-ambiguous = “{ $name }” fits more than one person here. Please write the full name: { $members }.
group-action-noted = Action item for { $name }: { $text }
group-action-reminder = Reminder from the group session “{ $topic }” on { $date }. Your action item: { $text }
group-round-usage = Use: /round, or /round <minutes> for a time box of 2 to 120 minutes.
group-round-too-few = A round needs at least two people present. Answer the attendance call with /here.
group-round-all-presented = Everyone here has presented. Close the session with /group end.
group-round-start = Round { $number } ({ $minutes } minutes): { $name } presents a challenge. Then advice, in this order: { $advisers }. /next passes the word.
group-next-adviser = { $name }, your advice please (round { $number }, { $left ->
    [0] the time is up
    [one] one minute left
   *[other] { $left } minutes left
}).
group-round-done = Round { $number } is complete. Thank you, { $name }! /round for the next presenter, or /group end to close.
group-no-round = No round is under way. Start one with /round.
group-next-denied = Only the person speaking, the facilitator or a coordinator can pass the word on.
group-round-warning = { $left ->
    [one] One minute
   *[other] { $left } minutes
} left in round { $number }.
group-round-over = The time for round { $number } is up. { $name }, please finish; then /next or /round.
group-summary-title = Summary of the group session “{ $topic }” on { $date } ({ $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    })
group-summary-present = Present ({ $count }): { $names }
group-summary-excused = Excused: { $names }
group-summary-notes = Notes:
group-summary-no-notes = No notes were taken.
group-summary-actions = Action items:
group-summary-action = { $name }: { $text }
group-summary-written = In short:
group-hours-logged = { $hours } h are logged as “{ $kind }” for each of the { $count } people present.
group-consent-asked = May the notes go to the programme's knowledge base, without names? I have asked each of you in your direct chat. They are saved only if everyone present agrees within { $hours } hours.
group-consent-question = Thank you for taking part in “{ $topic }”: { $hours } h are logged for you. May the notes of the session be saved in the programme's knowledge base, without anyone's name? They are saved only if everyone present agrees by { $until } ({ $timezone }).
group-consent-yes = Yes, save them
group-consent-no = No
group-consent-closed = The question about the notes of “{ $topic }” is closed.
group-consent-not-yours = Only the people who were present are asked about these notes.
group-consent-refused-self = Noted: the notes will not be saved.
group-consent-refused = Not everyone agreed, so the notes of “{ $topic }” are not saved in the knowledge base.
group-consent-thanks = Thank you! { $agreed } of { $count } have agreed so far.
group-consent-thanks-saved = Thank you! Everyone agreed: the notes are saved as entry { $id }.
group-consent-saved = Everyone agreed: the notes of “{ $topic }” are saved in the knowledge base as entry { $id }.
group-consent-lapsed = Not everyone answered in time, so the notes of “{ $topic }” are not saved in the knowledge base.
group-entry-title = Group session: { $topic } ({ $date })
group-entry-actions = Agreed next steps:
group-link-usage = Use: /group link <circle>, for example: /group link circle-1
group-link-unknown = There is no circle called “{ $circle }”. Circles: { $circles }.
group-link-denied = Only a coordinator or a member of { $circle } can link this room to it.
group-linked = This room is now the room of { $circle } (members: { $members }).
group-room-usage = Use: /group room <circle>, for example: /group room circle-1. I create a room for the circle, invite its members and link it.
group-room-creating = I am creating a room for { $circle } with { $members }. It will appear in your chat list (where the platform asks, accept the invitation).
group-room-missing = Not invited, because they have no { $platform } account linked: { $names }.
group-room-unsupported = On { $platform } I cannot create rooms myself. Create a group with the members of { $circle }, add me to it, and send /group link { $circle } there.

## Command menus (Telegram's command list, Discord's slash commands): short, at most 100 characters

cmd-start = Join the programme
cmd-start-code = Invite or link code, if you have one
cmd-help = What I can do
cmd-profile = Show your profile, or change it
cmd-profile-action = “edit” to change a part of your profile
cmd-language = Change the language I speak with you
cmd-link = Connect another chat account to your profile
cmd-link-code = The code from your other account
cmd-notify-on = Choose the chat account that gets notifications
cmd-notify-on-platform = telegram, matrix, discord or console
cmd-privacy = What I store and why
cmd-export = Get all your data as a file
cmd-forget = Erase all your data
cmd-cancel = Stop what we are doing
cmd-applications = Mentor applications waiting for a decision
cmd-invite = Create an invite code
cmd-invite-role = Who the code is for: mentor or mentee
cmd-invite-uses = How many people may use it (1–500)
cmd-invite-days = How many days it stays valid (1–365)
cmd-grant = Make someone a coordinator
cmd-grant-role = The role to grant
cmd-grant-person = Their name or chat handle
cmd-pair = Your mentoring pairs
cmd-mentors = Mentors who fit you
cmd-avoid = Never be paired with someone
cmd-avoid-person = Their name or chat handle
cmd-match = Propose the best pairs for everyone without a mentor
cmd-pairs = All pairs of the programme
cmd-circles = Form peer-mentoring circles, or list them
cmd-circles-action = “form” to form circles of everyone not in one yet
cmd-circles-size = People per circle (2–12, default 5)
cmd-book = Book a session with your mentor or mentee
cmd-sessions = Your sessions
cmd-reschedule = Move a session to another time
cmd-cancel-session = Cancel a session
cmd-log = Log hours
cmd-hours = Your hours against the budget
cmd-report = Hand in a report
cmd-reports = Who has handed in which report
cmd-ask = Ask the programme's knowledge base
cmd-ask-question = Your question
cmd-share = Share know-how with the programme
cmd-entries = Your knowledge entries
cmd-hide = Hide a knowledge entry
cmd-hide-entry = The entry's number
cmd-stats = The programme at a glance, with charts
cmd-announce = A message to the whole cohort or one role
cmd-announce-audience = Who gets it (everyone by default)
cmd-announce-text = The message
cmd-group = Group sessions in this room: plan, start, end, attend
cmd-group-action = schedule, start, end, attend, absent, cancel, link or room
cmd-group-details = For schedule: when and topic; for link and room: the circle
cmd-here = Answer a group session's attendance call
cmd-round = The next presenter of a group session
cmd-round-minutes = The round's time box in minutes (2–120)
cmd-next = Pass the word to the next speaker
cmd-note = Add a note to the group session
cmd-note-text = The note
cmd-action = Add an action item for someone
cmd-action-person = Who will do it: their name
cmd-action-text = What they will do
