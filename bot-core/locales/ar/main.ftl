# mentor-cloud — العربية (Arabic).
# يجب أن يطابق كل مفتاح هنا مفاتيح الملف الإنجليزي المرجعي، وأن تكون المتغيرات هي نفسها.

## عام

welcome-back = أهلًا بعودتك، { $name }! لمعرفة ما يمكنني فعله، يُرجى إرسال /help.
not-joined = مرحبًا! أنا مساعد الإرشاد في البرنامج. للانضمام، يُرجى إرسال /start.
not-understood = لم أفهم ذلك. لمعرفة ما يمكنني فعله، يُرجى إرسال /help.
unknown-command = لا أعرف الأمر { $command }. لمعرفة ما يمكنني فعله، يُرجى إرسال /help.
text-too-long = رسالتك طويلة جدًا ({ $length ->
        [zero] { $length } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }، والحد الأقصى { $limit }). يُرجى اختصارها.
empty-message = كانت الرسالة فارغة. يُرجى كتابة إجابة.
internal-error = عذرًا، حدث خطأ من جهتي ولم يتغير شيء. يُرجى المحاولة مرة أخرى بعد قليل.
nothing-to-cancel = لا يوجد ما يمكن إلغاؤه.
cancelled = أُلغيت العملية. لم يتغير شيء.
onboarding-cancelled = أُلغي الانضمام ولم يُحفظ أي شيء. يمكنك إرسال /start متى أردت البدء من جديد.
dialog-in-progress = لدينا عملية لم تكتمل بعد. يُرجى الإجابة عن السؤال أعلاه، أو إرسال /cancel لإيقافها.
direct-only = هذه معلومات خاصة، لذا لا أجيب عنها إلا في محادثة مباشرة. وقد أرسلتها إليك هناك.
direct-only-start = للقيام بذلك، يُرجى مراسلتي في محادثة مباشرة.
not-in-room = يعمل هذا الأمر في المحادثات المباشرة فقط.
coordinator-only = لا يستطيع القيام بذلك إلا منسقو البرنامج.
needs-profile = لم تنضم إلى البرنامج بعد. للانضمام، يُرجى إرسال /start.
choice-invalid = يُرجى اختيار أحد الخيارات بكتابة رقمه أو اسمه.
choice-invalid-multi = يُرجى اختيار خيار واحد أو أكثر بكتابة أرقامها أو أسمائها مفصولة بفواصل (مثلًا: 1, 3).
choice-none = لا شيء
choice-done = تم
discord-reply = ردّ
discord-reply-title = إجابتك
discord-reply-label = اكتب إجابتك

help =
    ما يمكنني فعله:
    /start – الانضمام إلى البرنامج (برمز دعوة إن كان لديك رمز)
    /profile – عرض ملفك الشخصي؛ /profile edit – تعديله
    /pair – ثنائيات الإرشاد الخاصة بك
    /book – حجز جلسة مع مرشدك أو مسترشدك
    /sessions – جلساتك؛ /reschedule و/cancel-session – تغيير موعد جلسة أو إلغاؤها
    /log – تسجيل الساعات؛ /hours – ساعاتك مقارنةً بميزانية البرنامج
    /report – تسليم تقرير يطلبه البرنامج
    /ask <السؤال> – طرح سؤال على قاعدة المعارف في البرنامج
    /share – مشاركة خبرتك مع البرنامج؛ /entries – مُدخلاتك
    /mentors – المرشدون المناسبون لك (حين يتيح البرنامج الاختيار)
    /avoid <الشخص> – عدم الجمع بينك وبين شخص معيّن في ثنائي أبدًا
    /language – تغيير اللغة التي أتحدث بها معك
    /link – ربط حساب محادثة آخر بملفك الشخصي
    /notify-on – اختيار حساب المحادثة الذي يتلقى إشعاراتي
    /privacy – ما الذي أحفظه ولماذا
    /export – الحصول على جميع بياناتك في ملف
    /forget – محو جميع بياناتك
    /cancel – إيقاف ما نقوم به
help-coordinator =
    للمنسقين:
    /applications – طلبات الانضمام كمرشدين التي تنتظر قرارًا
    /match – اقتراح أفضل الثنائيات لكل من ليس لديه مرشد
    /pairs – جميع ثنائيات البرنامج
    /reports – من سلّم أي تقرير، وما المتأخر منها
    /hide <الرقم> – إخفاء مُدخل معرفي
    /stats – البرنامج في لمحة، مع رسوم بيانية؛ /export – بيانات البرنامج في ملفات CSV
    /announce [mentors|mentees|coordinators] <النص> – رسالة إلى الدفعة بأكملها أو إلى دور واحد
    /circles form [الحجم] – توزيع الجميع على حلقات إرشاد الأقران؛ /circles – عرض الحلقات
    /invite mentor|mentee [الاستخدامات] [الأيام] – إنشاء رمز دعوة
    /grant coordinator <الشخص> – تعيين شخص منسقًا

## الانضمام

start-already-joined = لقد انضممت بالفعل، { $name }. لعرض ملفك الشخصي، يُرجى إرسال /profile.
start-resume = لنُكمل من حيث توقفنا.
invite-required = الانضمام إلى هذا البرنامج بالدعوة فقط. يُرجى طلب رمز دعوة من أحد المنسقين، ثم إرسال /start متبوعًا بالرمز.
invite-invalid = رمز الدعوة { $code } غير صالح أو انتهت صلاحيته. يُرجى طلب رمز جديد من أحد المنسقين.
invite-accepted-mentor = قُبلت دعوتك بصفتك مرشدًا.
invite-accepted-mentee = قُبلت دعوتك بصفتك مسترشدًا.
ask-language = مرحبًا بك في برنامج الإرشاد! ما اللغة التي تفضّل أن أستخدمها؟
ask-consent =
    قبل أن نبدأ: لتشغيل البرنامج أحفظ الملف الشخصي الذي تقدّمه لي (الاسم، والبلد، والمؤسسة، والقطاع، والمرحلة المهنية، واللغات، والكفاءات، والأهداف، والوقت المتاح، والمنطقة الزمنية، وطريقة اللقاء المفضّلة)، وحسابات المحادثة التي تخصك، وما يجري في البرنامج (الطلبات، والثنائيات، والجلسات). يمكن لمنسقي البرنامج الاطلاع على ملفك الشخصي، أما المشاركون الآخرون فلا يرون إلا ما يلزم لتكوين الثنائيات. لا يُباع أي شيء ولا يُشارَك خارج البرنامج. يمكنك في أي وقت الاطلاع على كل شيء باستخدام /export ومحوه باستخدام /forget. لمعرفة المزيد، يُرجى إرسال /privacy.
    هل توافق؟
consent-yes = أوافق
consent-no = لا أوافق
consent-refused = مفهوم. لم أحفظ أي شيء عنك. إذا غيّرت رأيك، يُرجى إرسال /start مرة أخرى.
ask-name = ما اسمك كما ينبغي أن يراه المشاركون الآخرون؟
name-invalid = يُرجى كتابة اسم يتراوح طوله بين حرفين و{ $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }، ويتكوّن من حروف قد تفصل بينها مسافات أو شرطات أو نقاط أو فواصل عليا (').
ask-country = في أي بلد تعمل؟ اكتب اسمه بالإنجليزية أو رمزه المكوّن من حرفين (مثلًا: Germany, DE).
country-invalid = لا أعرف بلدًا باسم «{ $input }». يُرجى كتابة اسمه بالإنجليزية أو رمز ISO المكوّن من حرفين، مثل Poland أو PL.
ask-organisation = في أي مؤسسة أو شركة تعمل؟ (أرسل «-» إن لم تكن تعمل في أي منها.)
organisation-invalid = يُرجى كتابة اسم المؤسسة في { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر، أو «-» إن لم تكن لديك مؤسسة.
ask-sector = في أي قطاع تعمل؟
ask-career-stage = في أي مرحلة من مسيرتك المهنية أنت؟
career-student = طالب
career-early = بداية المسيرة المهنية (حتى 5 سنوات)
career-mid = منتصف المسيرة المهنية (من 5 إلى 15 سنة)
career-senior = خبير (أكثر من 15 سنة)
career-executive = مدير تنفيذي أو مؤسس
ask-languages = بأي اللغات يمكنك إجراء محادثة إرشادية؟ اختر كل ما ينطبق (مثلًا: 1, 3).
ask-offers = ما الكفاءات التي يمكنك تقديمها بصفتك مرشدًا؟ اختر كل ما ينطبق، أو «لا شيء». حتى المبتدئ يمكنه إرشاد شخص أقدم منه في مهارة يتقنها (الإرشاد العكسي).
ask-years = كم سنة من الخبرة لديك في «{ $competence }»؟
years-invalid = يُرجى الإجابة بعدد صحيح من السنوات بين 0 و60.
ask-capacity = كم عدد المسترشدين الذين يمكنك إرشادهم في الوقت نفسه؟ (رقم من 1 إلى { $max }؛ معظم المرشدين يرشدون اثنين)
capacity-invalid = يُرجى الإجابة بعدد صحيح من 1 إلى { $max }.
ask-seeks = ما الكفاءات التي تودّ تطويرها مع مرشد؟ اختر كل ما ينطبق، أو «لا شيء».
offers-or-seeks-required = يُرجى اختيار كفاءة واحدة على الأقل، إما لتقديمها أو لتطويرها. لنعد إلى ما يمكنك تقديمه.
mentor-invite-needs-offer = لقد دُعيت بصفتك مرشدًا، لذا يُرجى اختيار كفاءة واحدة على الأقل يمكنك تقديمها.
mentee-invite-needs-seek = لقد دُعيت بصفتك مسترشدًا، لذا يُرجى اختيار كفاءة واحدة على الأقل تودّ تطويرها.
ask-goals = ما أهدافك من هذا البرنامج؟ تكفي بضع جمل.
goals-invalid = يُرجى وصف أهدافك في نص يتراوح طوله بين 3 أحرف و{ $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
ask-availability = كم ساعة في الشهر يمكنك تخصيصها للإرشاد؟ (رقم، مثلًا 4)
availability-invalid = يُرجى الإجابة بعدد صحيح من الساعات بين 1 و200.
ask-timezone = في أي منطقة زمنية أنت؟ اختر واحدة أو اكتب اسمها (مثلًا: Europe/Berlin).
ask-timezone-free = في أي منطقة زمنية أنت؟ اكتب اسمها، مثل Europe/Berlin أو America/New_York.
timezone-invalid = لا أعرف المنطقة الزمنية «{ $input }». يُرجى كتابة اسم من قاعدة بيانات المناطق الزمنية، مثل Europe/Berlin.
ask-meeting-mode = كيف تفضّل أن تكون اللقاءات؟
meeting-online = عبر الإنترنت
meeting-in-person = حضوريًا
meeting-both = كلاهما
onboarding-done = شكرًا لك، { $name }! هذا ملفك الشخصي:
next-steps-mentor = أصبح عرضك للإرشاد الآن طلبًا: سيراجعه أحد المنسقين، وسأبلغك بالنتيجة.
next-steps-mentee = في الخطوة التالية، سيجمعك أحد المنسقين بمرشد يتحدث لغتك ويقدّم ما تبحث عنه، وسأعرّفك به.
next-steps-coordinator = أنت منسق في هذا البرنامج. لعرض أوامرك، يُرجى إرسال /help.
next-steps-edit = يمكنك تغيير أي من ذلك باستخدام /profile edit.

## الملف الشخصي

profile-title = الملف الشخصي: { $name }
field-name = الاسم
field-country = البلد
field-organisation = المؤسسة
field-sector = القطاع
field-career-stage = المرحلة المهنية
field-languages = اللغات
field-offers = ما يقدّمه كمرشد
field-capacity = عدد المسترشدين في الوقت نفسه
capacity-value = { $count }
field-seeks = ما يودّ تطويره
field-goals = الأهداف
field-availability = الوقت المتاح
field-timezone = المنطقة الزمنية
field-meeting-mode = اللقاءات
field-roles = الأدوار
field-competences = الكفاءات
availability-value = { $hours ->
    [zero] { $hours } ساعة شهريًا
    [one] ساعة واحدة شهريًا
    [two] ساعتان شهريًا
    [few] { $hours } ساعات شهريًا
    [many] { $hours } ساعة شهريًا
   *[other] { $hours } ساعة شهريًا
}
years-value = { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}
value-none = –
role-coordinator = منسق
role-mentor = مرشد
role-mentor-applicant = مرشد (الطلب قيد المراجعة)
role-mentor-interview = مرشد (اقتُرحت مقابلة)
role-mentor-rejected = لم يُقبل طلب الانضمام كمرشد
role-mentee = مسترشد
profile-edit-ask = أي جزء من ملفك الشخصي تودّ تغييره؟
profile-updated = تم الحفظ. أصبح ملفك الشخصي الآن كما يلي:
profile-coordinator-minimal = بصفتك منسقًا، لا تحتاج إلا إلى اسم وبلد ومنطقة زمنية.

## اللغة

language-ask = ما اللغة التي تفضّل أن أستخدمها؟
language-set = سأتحدث معك باللغة العربية من الآن فصاعدًا.

## طلبات الانضمام كمرشدين

application-new =
    طلب جديد للانضمام كمرشد من { $name } ({ $country }، { $organisation }).
    ما يقدّمه: { $offers }
    الأهداف: { $goals }
application-approve = موافقة
application-reject = رفض
application-interview = طلب مقابلة
application-approved-applicant = خبر سار: تمت الموافقة على طلبك للانضمام كمرشد. شكرًا لك على مشاركة خبرتك!
application-approved-coordinator = أصبح { $name } مرشدًا معتمدًا.
application-rejected-applicant = لم يُقبل طلبك للانضمام كمرشد. السبب الذي ذكره المنسق: { $reason }
application-rejected-coordinator = رُفض طلب { $name }، وأُرسل السبب إلى صاحب الطلب.
application-reason-ask = يُرجى كتابة سبب رفض طلب { $name }. سيُرسل السبب إلى صاحب الطلب.
application-reason-invalid = يُرجى ذكر سبب يتراوح طوله بين 3 أحرف و{ $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
application-interview-ask = متى تودّ التحدث مع { $name }؟ اكتب تاريخًا ووقتًا حسب منطقتك الزمنية ({ $timezone })، مثل 2026-12-03 15:00.
application-interview-invalid = لم أتمكن من فهم «{ $input }» على أنه تاريخ ووقت في المستقبل. يُرجى استخدام الصيغة 2026-12-03 15:00.
application-interview-applicant = يودّ أحد المنسقين، { $coordinator }، التحدث معك بشأن طلبك للانضمام كمرشد في { $when } (بتوقيتك، { $timezone }). يُرجى الرد عليه للتأكيد.
application-interview-coordinator = طُلب من { $name } إجراء مقابلة في { $when } ({ $timezone }).
application-already-decided = تم البت في هذا الطلب بالفعل.
application-unknown = لم أعد أجد هذا الطلب.
applications-none = لا توجد طلبات انضمام كمرشدين في الانتظار.
applications-title = طلبات الانضمام كمرشدين التي تنتظر قرارًا: { $count }

## المنسقون والدعوات

grant-usage = طريقة الاستخدام: /grant coordinator <الشخص>، حيث <الشخص> هو اسمه أو معرّفه في المحادثة.
grant-unknown = لم أجد أحدًا باسم «{ $input }» بين من انضموا إلى البرنامج.
grant-ambiguous = يطابق «{ $input }» أكثر من شخص. يُرجى استخدام معرّف المحادثة الخاص بالشخص المقصود.
grant-done = أصبح { $name } منسقًا.
grant-already = { $name } منسق بالفعل.
grant-received = عيّنك { $by } منسقًا للبرنامج. لعرض أوامرك الجديدة، يُرجى إرسال /help.
invite-usage = طريقة الاستخدام: /invite mentor|mentee [الاستخدامات] [الأيام]، مثلًا /invite mentee 10 30. عدد الاستخدامات: من 1 إلى 500، وعدد الأيام: من 1 إلى 365.
invite-created =
    رمز دعوة بصفة { $role } (يمكن استخدامه { $uses ->
        [zero] { $uses } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $uses } مرات
        [many] { $uses } مرة
       *[other] { $uses } مرة
    }، وهو صالح حتى { $until }):
    { $code }
    يرسل المشاركون الجدد: /start { $code }
role-name-mentor = مرشد
role-name-mentee = مسترشد

## ربط الحسابات

link-code =
    رمز الربط الخاص بك هو { $code }، وهو صالح لمدة 10 دقائق.
    من حساب المحادثة الآخر، أرسل: /link { $code }
link-done = أصبح هذا الحساب مرتبطًا بملفك الشخصي، { $name }.
link-invalid = رمز الربط هذا غير صالح أو انتهت صلاحيته. للحصول على رمز جديد، أرسل /link من حسابك الأول.
link-already = هذا الحساب مرتبط بملفك الشخصي بالفعل.
link-other-profile = هذا الحساب مرتبط بملف شخصي آخر. إذا أردت ربطه، فأرسل /forget هنا أولًا.
link-needs-profile = للحصول على رمز، أرسل /link من الحساب الذي لديه ملف شخصي بالفعل.
notify-usage = طريقة الاستخدام: /notify-on <المنصة>، وهي إحدى: { $platforms }. تصل الإشعارات حاليًا إلى حسابك على { $current }.
notify-set = من الآن فصاعدًا سأرسل الإشعارات إلى حسابك على { $platform }.
notify-unknown = لا يوجد حساب على { $platform } مرتبط بملفك الشخصي. حساباتك: { $platforms }.
link-notice = رُبط حساب محادثة آخر ({ $platform }) بملفك الشخصي. إن لم تكن أنت من فعل ذلك، فأبلغ أحد المنسقين.

## الخصوصية

privacy =
    ما الذي أحفظه، ولماذا:
    • ملفك الشخصي (الاسم، والبلد، والمؤسسة، والقطاع، والمرحلة المهنية، واللغات، والكفاءات، والأهداف، والوقت المتاح، والمنطقة الزمنية، وطريقة اللقاء المفضّلة) – لأجمعك بالأشخاص المناسبين.
    • حسابات المحادثة الخاصة بك – لأتواصل معك حيث تجري محادثاتك.
    • سجلات البرنامج (الطلبات، والثنائيات، والجلسات، والساعات، والتقارير) – لتشغيل البرنامج وإعداد التقارير عنه.
    • سجل تدقيق لإجراءات المنسقين – لضمان المساءلة.
    يمكن للمنسقين الاطلاع على ملفك الشخصي، أما المشاركون الآخرون فلا يرون إلا ما يلزم لتكوين الثنائيات.
    يرسل إليك الأمر /export كل ما أحفظه عنك، ويمحوه الأمر /forget. أما المعارف التي اخترت مشاركتها فتبقى في قاعدة المعارف بعد إخفاء هوية صاحبها.
export-ready = إليك كل ما أحفظه عنك.
forget-confirm = سيؤدي هذا إلى محو ملفك الشخصي وحساباتك المرتبطة وسجلاتك في البرنامج، ولا يمكن التراجع عن ذلك. هل أنت متأكد؟
forget-yes = نعم، امحُ كل شيء
forget-no = لا، احتفظ ببياناتي
forget-done = مُحيت جميع بياناتك. وداعًا، وشكرًا لمشاركتك في البرنامج.
forget-kept = لم يُمحَ أي شيء.

## الثنائيات

why-competences = تتوافق الكفاءات المعروضة مع المطلوبة: { $competences }
why-languages = لغات مشتركة: { $languages }
why-countries = بلدان مختلفة ({ $first } و{ $second })
why-overlap = { $hours ->
    [zero] { $hours } ساعة عمل مشتركة
    [one] ساعة عمل مشتركة واحدة
    [two] ساعتا عمل مشتركتان
    [few] { $hours } ساعات عمل مشتركة
    [many] { $hours } ساعة عمل مشتركة
   *[other] { $hours } ساعة عمل مشتركة
}
why-reverse = إرشاد عكسي: المسترشد هو الأكثر خبرة
pair-accept = قبول { $name }
pair-decline = رفض { $name }
pair-intro-mentee = تعرّف على مرشدك: { $name } ({ $country }، { $organisation }). لماذا أنتما: { $why }.
pair-intro-mentor = تعرّف على مسترشدك الجديد: { $name } ({ $country }، { $organisation }). لماذا أنتما: { $why }. أهدافه: «{ $goals }»
pair-intro-next = يُرجى القبول أو الرفض قبل { $deadline } (بتوقيتك). حين يقبل كلاكما سأضعكما على تواصل: اتفقا على جلسة أولى، وابدآ باتفاق على الأهداف.
request-new = يطلب منك { $name } ({ $country }) أن تكون مرشده. لماذا أنتما: { $why }. أهدافه: «{ $goals }» يُرجى القبول أو الرفض قبل { $deadline } (بتوقيتك).
request-sent = أرسلت الطلب إلى { $name }. أمامه حتى { $deadline } (بتوقيتك) للرد، وسأبلغك بالنتيجة.
pair-unknown = لا أجد هذا الثنائي، أو أنه لا يخصك.
pair-answered-already = تمت الإجابة عن هذا بالفعل، أو انتهت مهلته.
request-full = لم يعد لدى هذا المرشد مكان شاغر، لذا أُحيل الطلب إلى الخيار التالي.
pair-accepted-wait = شكرًا لك! بمجرد أن يقبل { $name } أيضًا يمكنكما البدء.
pair-active = أصبحت أنت و{ $name } ثنائي إرشاد. يمكنك التواصل معه عبر { $contact }. اتفقا على جلسة أولى، وابدآ باتفاق الأهداف.
pair-decline-reason-ask = هل تودّ ذكر السبب؟ يساعد ذلك المنسقين على إيجاد ثنائي أنسب. أرسل «-» للتخطي.
pair-declined-self = مفهوم، رُفض التعارف. عدت إلى قائمة انتظار الثنائيات.
pair-declined-other = رفض { $name } التعارف. عدت إلى قائمة انتظار الثنائيات، وسيبحث أحد المنسقين عن ثنائي آخر لك.
pair-expired = لم تصل إجابة عن التعارف مع { $name } في الوقت المحدد، فانتهت مهلته. عدت إلى قائمة انتظار الثنائيات.
pair-declined-coordinator = رفض { $who } التعارف بين { $mentor } (مرشد) و{ $mentee } (مسترشد). عاد كلاهما إلى قائمة انتظار الثنائيات.
pair-declined-coordinator-reason = رفض { $who } التعارف بين { $mentor } (مرشد) و{ $mentee } (مسترشد)، وذكر السبب: «{ $reason }» عاد كلاهما إلى قائمة انتظار الثنائيات.
pair-expired-coordinator = انتهت مهلة التعارف بين { $mentor } (مرشد) و{ $mentee } (مسترشد) دون إجابة. عاد كلاهما إلى قائمة انتظار الثنائيات.
request-declined-self = مفهوم، لقد رفضت الطلب. شكرًا لك على الرد.
request-lapsed-mentor = لم تتم الإجابة عن طلب { $name } في الوقت المحدد، فانتهت مهلته.
request-passed-on = لم يتمكن { $name } من قبولك، لذا أرسلت الطلب إلى { $next }، وهو خيارك التالي.
request-none-left = لم يتمكن { $name } من قبولك، ولا يوجد مكان شاغر لدى أي من خياراتك الأخرى. لمعرفة من يناسبك أيضًا، يُرجى إرسال /mentors.
pair-state-proposed = مقترَح
pair-state-rejected = مرفوض
pair-state-requested = مطلوب
pair-state-introduced = جرى التعارف
pair-state-active = نشط
pair-state-completed = مكتمل
pair-state-ended = منتهٍ
pair-none = ليس لديك ثنائي إرشاد بعد.
pair-list-title = ثنائيات الإرشاد الخاصة بك:
pair-role-mentor = مرشدك
pair-role-mentee = مسترشدك
pair-line = { $role }: { $name } – { $state } منذ { $since }
pair-complete-button = اكتمل مع { $name }
pair-end-button = إنهاء الثنائي مع { $name }
pairs-none = لا توجد ثنائيات بعد. لاقتراح بعضها، يُرجى إرسال /match.
pairs-title = جميع الثنائيات: { $count }
pairs-line = { $mentor } → { $mentee } – { $state } منذ { $since }
pairs-end-button = إنهاء { $mentor } → { $mentee }
pair-cannot-complete = لا يمكن إكمال إلا ثنائي نشط؛ حالة هذا الثنائي: { $state }.
pair-cannot-end = انتهى هذا الثنائي بالفعل ({ $state }).
pair-completed = تهانينا: اكتمل إرشادك مع { $name }. شكرًا لكما!
pair-end-reason-ask = لماذا ينتهي الثنائي؟ يبقى ذلك بينك وبين المنسقين. أرسل «-» للتخطي.
pair-ended = أنهى { $by } ثنائي الإرشاد الخاص بك مع { $name }. يمكن لأحد المنسقين مساعدتك إن أردت ثنائيًا جديدًا.
pair-ended-self = انتهى الثنائي.

## المطابقة

match-none = لا يوجد من يمكن جمعه في ثنائي حاليًا: لا يوجد لدى أي مسترشد بلا مرشد مرشدٌ مناسب لديه مكان شاغر (بلا ثنائي: { $unmatched }).
match-title = الثنائيات المقترحة: { $count } (مجموع النقاط { $total }؛ بلا ثنائي: { $unmatched }). لن يُبلَّغ أحد بشيء حتى توافق.
match-line = { $mentor } → { $mentee } · { $score } · { $why }
match-more = … والمزيد: { $count }.
match-approve-all = الموافقة على الكل
match-review = المراجعة واحدًا تلو الآخر
match-approve = موافقة
match-reject = رفض
match-reviewed = تم البت في جميع الاقتراحات. لعرض الثنائيات، يُرجى إرسال /pairs.
match-approved = { $count ->
    [zero] لم تتم الموافقة على أي ثنائي.
    [one] تمت الموافقة على ثنائي واحد وجرى التعارف بين طرفيه.
    [two] تمت الموافقة على ثنائيين وجرى التعارف بين أطرافهما.
    [few] تمت الموافقة على { $count } ثنائيات وجرى التعارف بين أطرافها.
    [many] تمت الموافقة على { $count } ثنائيًا وجرى التعارف بين أطرافها.
   *[other] تمت الموافقة على { $count } ثنائي وجرى التعارف بين أطرافها.
}
match-approved-full = { $count ->
    [zero] تعذّرت الموافقة على { $count } اقتراح: لم يعد لدى المرشد مكان شاغر، أو وجد المسترشد مرشدًا في الأثناء.
    [one] تعذّرت الموافقة على اقتراح واحد: لم يعد لدى المرشد مكان شاغر، أو وجد المسترشد مرشدًا في الأثناء.
    [two] تعذّرت الموافقة على اقتراحين: لم يعد لدى المرشد مكان شاغر، أو وجد المسترشد مرشدًا في الأثناء.
    [few] تعذّرت الموافقة على { $count } اقتراحات: لم يعد لدى المرشد مكان شاغر، أو وجد المسترشد مرشدًا في الأثناء.
    [many] تعذّرت الموافقة على { $count } اقتراحًا: لم يعد لدى المرشد مكان شاغر، أو وجد المسترشد مرشدًا في الأثناء.
   *[other] تعذّرت الموافقة على { $count } اقتراح: لم يعد لدى المرشد مكان شاغر، أو وجد المسترشد مرشدًا في الأثناء.
}
match-approved-one = جرى التعارف بين { $mentor } و{ $mentee }.
match-full = لم يعد لدى { $mentor } مكان شاغر (أو وجد { $mentee } مرشدًا في الأثناء)، لذا أُسقط هذا الاقتراح.
match-rejected-one = رُفض الاقتراح: لن يُقترح { $mentor } و{ $mentee } معًا مرة أخرى. أُعيد تحسين الباقي، وعدد الاقتراحات الآن: { $count }.
match-stale = لم يعد هذا الاقتراح مفتوحًا.
mentors-off = في هذا البرنامج يكوّن المنسقون الثنائيات، وسيجري تعريفك بمرشدك.
mentors-not-now = لديك مرشد بالفعل أو طلب مفتوح، أو أنك لا تبحث عن أي كفاءة (يمكنك تغيير ذلك باستخدام /profile edit).
mentors-none = لا يوجد حاليًا مرشد لديه مكان شاغر يناسبك. سيبحث أحد المنسقين عن ثنائي مناسب لك.
mentors-title = المرشدون الأنسب لك:
mentors-line = { $name } ({ $country }): { $why }
mentors-request = اطلب من { $name }
mentors-gone = لم يعد هذا المرشد متاحًا. إليك القائمة الحالية.
avoid-usage = طريقة الاستخدام: /avoid <الشخص>، باسمه أو معرّفه في المحادثة. لن يُجمع بينك وبينه في ثنائي أبدًا، ولن يُبلَّغ بذلك.
avoid-done = تم التسجيل: لن يُجمع بينك وبينه في ثنائي. ولن يُبلَّغ بذلك.
avoid-self = لا يمكنك استبعاد نفسك.

## الحلقات

circles-usage = طريقة الاستخدام: /circles form [الحجم]، بحجم من 2 إلى { $max } (5 إن لم تحدده)؛ ويعرض /circles الحلقات.
circles-none = تعذّر تكوين أي حلقة: عدد الأشخاص خارج الحلقات ممن يتشاركون لغة ويبحثون عن كفاءة قليل جدًا (خارج الحلقات: { $left }).
circles-formed = { $count ->
    [zero] لم تتكوّن أي حلقة
    [one] تكوّنت حلقة واحدة
    [two] تكوّنت حلقتان
    [few] تكوّنت { $count } حلقات
    [many] تكوّنت { $count } حلقة
   *[other] تكوّنت { $count } حلقة
} (عدد المشاركين: { $people })؛ وأُبلغ كل عضو بمن معه في حلقته.
circles-left-out = لم تتسع أي حلقة لـ: { $names } (لا توجد لغة مشتركة مع عدد كافٍ من الآخرين).
circle-formed = أنت في حلقة إرشاد الأقران { $circle } مع { $members }. لغتكم المشتركة: { $language }.
circle-shared = ما يرغب عدد منكم في تطويره: { $competences }.
circles-empty = لا توجد حلقات بعد. لتكوينها، يُرجى إرسال /circles form.
circles-title = الحلقات: { $count }
circles-line = { $circle } ({ $language }): { $members } – { $competences }

## الجلسات

session-place-open = يُتفق عليه لاحقًا
session-describe = { $when } ({ $timezone })، { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، { $mode }: { $place }
when-unreadable = لم أتمكن من قراءة ذلك كتاريخ ووقت. يُرجى كتابته بتوقيتك المحلي، مثلًا { $example } أو «غدًا 15:00» أو «الثلاثاء 18:00».
when-past = هذا الوقت قد مضى. يُرجى إدخال وقت في المستقبل، مثلًا { $example }.
when-ambiguous = هذا الوقت ملتبس (مثلًا لأن الساعة تُغيَّر حينها، أو لأن ساعة مثل 3 قد تعني الليل أو بعد الظهر). يُرجى كتابته كاملًا، مثلًا { $example }.
when-nonexistent = هذا الوقت غير موجود في منطقتك الزمنية في ذلك اليوم بسبب تغيير الساعة. يُرجى اختيار وقت آخر، مثلًا { $example }.
when-too-far = هذا بعيد جدًا. يُرجى اختيار وقت خلال السنتين القادمتين، مثلًا { $example }.
when-after-end = هذا بعد انتهاء البرنامج. يُرجى اختيار وقت أبكر.
book-no-pair = تحتاج إلى ثنائي إرشاد نشط لحجز جلسة. لعرض ثنائياتك، يُرجى إرسال /pair.
book-ask-pair = مع من الجلسة؟
book-ask-when = متى؟ يُرجى كتابة التاريخ والوقت بمنطقتك الزمنية ({ $timezone })، مثلًا { $example } أو «غدًا 15:00» أو «الثلاثاء 18:00» أو «بعد 3 أيام 10:00».
minutes-value = { $minutes } دقيقة
book-ask-minutes = كم مدتها؟ (أو اكتب عدد الدقائق)
book-minutes-invalid = يُرجى اختيار مدة، أو كتابة عدد الدقائق (من 15 إلى 480).
book-ask-mode = عبر الإنترنت أم حضوريًا؟
book-ask-link = ما رابط الجلسة عبر الإنترنت؟ أرسل «-» إن كنتما ستتفقان عليه لاحقًا.
book-ask-place = أين ستلتقيان؟ أرسل «-» إن كنتما ستتفقان على المكان لاحقًا.
book-place-invalid = يُرجى كتابة الرابط أو المكان في 300 حرف على الأكثر، أو «-».
repeat-once = مرة واحدة فقط
repeat-weekly = كل أسبوع
repeat-biweekly = كل أسبوعين
repeat-cron = وفق الجدول { $rule }
book-ask-repeat = هل تتكرر الجلسة؟ اختر، أو اكتب قاعدة cron (الثواني الدقائق الساعات اليوم الشهر يوم_الأسبوع، مثلًا 0 0 18 * * Tue).
book-repeat-invalid = يُرجى اختيار أحد الخيارات، أو كتابة قاعدة cron صحيحة مثل 0 0 18 * * Tue.
book-sent = طلبت من { $name } التأكيد: { $session }{ $count ->
        [one] .
        [two] ، أي جلستان في المجموع.
        [few] ، أي { $count } جلسات في المجموع.
        [many] ، أي { $count } جلسة في المجموع.
       *[other] ، أي { $count } جلسة في المجموع.
    }
session-request = يقترح { $name } جلسة إرشاد: { $session }.
session-series = التكرار: { $rule } – { $count ->
        [one] جلسة واحدة
        [two] جلستان
        [few] { $count } جلسات
        [many] { $count } جلسة
       *[other] { $count } جلسة
    } حتى نهاية البرنامج.
session-confirm = تأكيد
session-confirm-all = تأكيد الكل
session-other-time = اقتراح وقت آخر
session-decline = رفض
session-unknown = لا أجد هذه الجلسة، أو أنها لا تخصك.
session-answered-already = تمت الإجابة عن هذه الجلسة بالفعل.
session-own-proposal = أنت من اقترح هذه الجلسة؛ والطرف الآخر هو من يؤكدها.
session-declined = رفض { $name } الجلسة: { $session }.
session-declined-self = تم الرفض، وأُبلغ الطرف الآخر.
session-not-upcoming = لم تعد هذه الجلسة قادمة، لذا لا يمكن تغييرها.
session-attend-noted = رائع، نراك هناك!
session-confirmed = تأكدت جلستك مع { $name }: { $session }{ $count ->
        [one] .
        [two] ، أي جلستان في المجموع.
        [few] ، أي { $count } جلسات في المجموع.
        [many] ، أي { $count } جلسة في المجموع.
       *[other] ، أي { $count } جلسة في المجموع.
    } ملف التقويم مرفق.
session-calendar-title = جلسة إرشاد مع { $name }
session-cancelled = ألغى { $name } الجلسة: { $session }.
session-cancelled-self = أُلغيت الجلسة، وأُبلغ الطرف الآخر.
session-ask-new-time = ما الوقت الذي يناسبك؟ يُرجى كتابته بمنطقتك الزمنية ({ $timezone })، مثلًا { $example }.
session-time-sent = اقترحت الوقت الجديد على { $name }: { $session }.
session-reminder = تذكير بجلستك مع { $name }: { $session }.
reminder-late = (وصل هذا التذكير متأخرًا: لم أكن أعمل في موعده.)
session-attend = سأحضر
session-reschedule = تغيير الموعد
session-cancel = إلغاء
session-follow-up = هل انعقدت جلستك مع { $name } ({ $session })؟
session-held = نعم، { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
session-other-length = نعم، لكن أطول أو أقصر
session-missed = لا
session-already-recorded = سُجّلت هذه الجلسة بالفعل.
session-missed-noted = تم التسجيل: لم تنعقد الجلسة. احجز جلسة جديدة باستخدام /book.
session-ask-length = كم دقيقة استغرقت؟
session-length-invalid = يُرجى الإجابة بعدد الدقائق، من 5 إلى 600.
session-ask-note = هل هناك ما تودّ تدوينه عنها (موضوع، أو اتفاق، أو خطوة تالية)؟ أرسل «-» للتخطي.
session-recorded = شكرًا لك! سُجّلت { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } لكليكما.
session-recorded-other = سجّل { $name } جلستكما: سُجّلت { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } لكليكما.
session-state-proposed = بانتظار التأكيد
session-state-confirmed = مؤكدة
session-state-cancelled = ملغاة
session-state-held = انعقدت
session-state-missed = لم تنعقد
sessions-line = { $when } مع { $name }، { $minutes } د – { $state }
sessions-none = ليس لديك جلسات بعد. احجز جلسة باستخدام /book.
sessions-none-upcoming = ليس لديك جلسات قادمة.
sessions-upcoming = القادمة:
sessions-past = الأخيرة:
sessions-pick-reschedule = أي جلسة تريد تغيير موعدها؟
sessions-pick-cancel = أي جلسة تريد إلغاءها؟

## الساعات

hours-kind-bilateral = جلسة ثنائية
hours-kind-group = جلسة جماعية
hours-kind-joint = اجتماع مشترك
hours-kind-preparation = التحضير وإعداد التقارير
log-ask-kind = فيمَ قضيت هذا الوقت؟
log-ask-hours = كم ساعة؟ (مثلًا 1.5، أو 90 min)
log-hours-invalid = يُرجى كتابة الساعات رقمًا من 0.25 إلى 12 (مثلًا 1.5)، أو بالدقائق (مثلًا 90 min).
log-done = سُجّل: { $hours } س، { $kind }.
hours-title = ساعاتك: { $hours } س إجمالًا.
hours-line = { $kind }: { $hours } س
hours-budget = ميزانية البرنامج { $budget ->
        [zero] { $budget } ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $budget } ساعات
        [many] { $budget } ساعة
       *[other] { $budget } ساعة
    } لكل مسترشد، والمتبقي { $left } س. الجلسات الثنائية حتى الآن: { $bilateral } س (المتوقع { $min ->
        [zero] { $min } ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $min } ساعات
        [many] { $min } ساعة
       *[other] { $min } ساعة
    } على الأقل).
hours-warning = استخدمت { $hours } س من ميزانية البرنامج البالغة { $budget } س.
hours-budget-reached = بلغت ميزانية البرنامج البالغة { $budget ->
        [zero] { $budget } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $budget } ساعات
        [many] { $budget } ساعة
       *[other] { $budget } ساعة
    }.
hours-refused = ستتجاوز هذه الساعات ميزانية البرنامج البالغة { $budget ->
        [zero] { $budget } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $budget } ساعات
        [many] { $budget } ساعة
       *[other] { $budget } ساعة
    } (المتبقي { $left } س)، لذا لم تُسجَّل. يمكن لأحد المنسقين المساعدة.
hours-pending = ستتجاوز { $hours } س إضافية ميزانية البرنامج البالغة { $budget ->
        [zero] { $budget } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $budget } ساعات
        [many] { $budget } ساعة
       *[other] { $budget } ساعة
    }، لذا تنتظر موافقة أحد المنسقين. ستُبلَّغ بالقرار.
hours-approval-request = سجّل { $name } { $hours } س ({ $kind })، ليصل مجموع ساعاته إلى { $total } س، متجاوزًا الميزانية البالغة { $budget } س. هل توافق على هذه الساعات؟
hours-approve = موافقة
hours-refuse = رفض
hours-approved-coordinator = تمت الموافقة: سُجّلت { $hours } س لـ{ $name }.
hours-refused-coordinator = رُفضت: لم تُسجَّل { $hours } س لـ{ $name }.
hours-approved = وافق { $name } على ساعاتك الزائدة عن الميزانية ({ $hours } س)، وقد سُجّلت.
hours-not-approved = لم يوافق { $name } على ساعاتك الزائدة عن الميزانية ({ $hours } س)، لذا لم تُسجَّل.
hours-request-already-decided = سبق اتخاذ قرار بشأن هذه الساعات.
hours-request-unknown = لم أعد أجد هذه الساعات.

## البرنامج: المتابعات والتقارير والتذكيرات

checkin-ask = كيف يسير إرشادك مع { $name }؟
checkin-rating-1 = 1 – ضعيف
checkin-rating-2 = 2
checkin-rating-3 = 3 – مقبول
checkin-rating-4 = 4
checkin-rating-5 = 5 – ممتاز
checkin-ask-comment = شكرًا لك. هل تودّ إضافة شيء؟ أرسل «-» للتخطي.
checkin-thanks = شكرًا لك على ملاحظاتك!
checkin-low-coordinator = قيّم { $name } الإرشاد مع { $other } بـ{ $rating } من 5. التعليق: «{ $comment }»
deliverable-due = تذكير: موعد تسليم «{ $title }» هو { $due }. لتسليمه، يُرجى إرسال /report.
deliverable-overdue = كان موعد تسليم «{ $title }» هو { $due } ولم يُسلَّم بعد. لتسليمه، يُرجى إرسال /report.
report-none-owed = ليس عليك تسليم أي تقرير حاليًا.
report-ask-which = أي تقرير تريد تسليمه؟
report-not-owed = هذا التقرير ليس مطلوبًا منك، أو سُلّم بالفعل.
report-question = السؤال { $number } من { $count } (لغة الإجابة: { $language }): { $question }
report-answer-invalid = يُرجى الإجابة بنص يتراوح طوله بين حرفين و{ $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
report-preview = إليك «{ $title }». هل تريد إرساله؟
report-send = إرسال
report-restart = البدء من جديد
report-sent = شكرًا لك! سُلّم «{ $title }».
reports-none-configured = لا يطلب هذا البرنامج أي تقارير.
reports-no-pairs = لا توجد ثنائيات نشطة أو مكتملة بعد.
reports-title = التقارير:
reports-delivered = { $name }: «{ $title }» سُلّم في { $date }
reports-due = { $name }: «{ $title }» موعد تسليمه { $date }
reports-overdue = { $name }: «{ $title }» متأخر منذ { $date }
nudge-inactive = لم تعقد أنت و{ $name } أي جلسة منذ { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. لتخطيط الجلسة التالية، يُرجى إرسال /book.
nudge-answer = ينتظر { $name } ردّك على التعارف. لقبوله أو رفضه، يُرجى إرسال /pair.
nudge-applications = { $count ->
        [zero] لا توجد طلبات انضمام كمرشدين
        [one] هناك طلب انضمام واحد كمرشد
        [two] هناك طلبا انضمام كمرشدين
        [few] هناك { $count } طلبات انضمام كمرشدين
        [many] هناك { $count } طلبًا للانضمام كمرشدين
       *[other] هناك { $count } طلب انضمام كمرشدين
    } بانتظار قرار. يُرجى إرسال /applications.
stuck-inactive = لم يعقد { $mentor } و{ $mentee } أي جلسة منذ { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.

## المعارف

kb-anonymous = أحد أعضاء البرنامج
kb-unavailable = قاعدة المعارف غير متاحة حاليًا. يُرجى المحاولة لاحقًا.
kb-ask-usage = طريقة الاستخدام: /ask متبوعًا بسؤالك (بين 3 أحرف و{ $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    })، مثلًا /ask كيف أستعد لجلسة أولى؟
kb-ask-mentor = اسأل مرشدًا
kb-no-results = لم أجد في قاعدة المعارف ما يجيب عن هذا السؤال. قد يعرف أحد المرشدين الإجابة: هل أحيل سؤالك إليه؟
kb-passages-title = أكثر المقاطع صلةً بسؤالك مما وجدت:
kb-sources = المصادر:
kb-source = [{ $number }] «{ $title }» بقلم { $author } ({ $language }، #{ $id })
kb-llm-timeout = (استغرق مساعد الكتابة وقتًا أطول من اللازم، لذا إليك المقاطع نفسها.)
kb-llm-failed = (مساعد الكتابة غير متاح، لذا إليك المقاطع نفسها.)
kb-helpful = مفيد
kb-not-helpful = غير مفيد
kb-thanks-helpful = شكرًا لك! يساعد هذا في ترتيب الإجابات.
kb-thanks-not-helpful = شكرًا لك. يمكنك أيضًا إحالة السؤال إلى أحد المرشدين.
kb-nothing-to-route = اطرح سؤالك أولًا باستخدام /ask، ثم يمكنني إحالته إلى أحد المرشدين.
kb-no-mentor = لا يوجد حاليًا مرشد معتمد يناسب هذا السؤال. يمكن لأحد المنسقين المساعدة.
kb-routed-question = يطرح { $name } سؤالًا لم تجد له قاعدة المعارف إجابة ({ $language }): «{ $question }» هل يمكنك الإجابة عنه؟
kb-answer-button = أجب عنه
kb-routed = { $count ->
        [zero] أحلت سؤالك إلى { $count } مرشد.
        [one] أحلت سؤالك إلى أحد المرشدين.
        [two] أحلت سؤالك إلى مرشدَين.
        [few] أحلت سؤالك إلى { $count } مرشدين.
        [many] أحلت سؤالك إلى { $count } مرشدًا.
       *[other] أحلت سؤالك إلى { $count } مرشد.
    } ستصلك أول إجابة مباشرةً.
kb-question-gone = لم يعد هذا السؤال مفتوحًا.
kb-already-answered = شكرًا لك، لكن مرشدًا آخر أجاب عن هذا السؤال بالفعل.
kb-answer-ask = يُرجى كتابة إجابتك. ستصل مباشرةً إلى صاحب السؤال.
kb-answer-invalid = يُرجى الإجابة بنص يتراوح طوله بين 10 أحرف و{ $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
kb-mentor-answer = أجاب { $name } عن سؤالك «{ $question }»: { $answer }
kb-answer-sent = شكرًا لك! وصلت إجابتك إلى { $name }. هل يمكن أن تصبح مُدخلًا معرفيًا للبرنامج كله؟ لن تُضاف إلا إذا وافق كلاكما.
kb-keep = أضفها إلى قاعدة المعارف
kb-private = لتبقَ بيننا
kb-entry-exists = هي موجودة بالفعل في قاعدة المعارف.
kb-kept-private = مفهوم: ستبقى بينكما.
kb-consent-waiting = شكرًا لك. ستُضاف بمجرد أن يوافق الطرف الآخر أيضًا.
kb-entry-created = أصبحت الإجابة الآن المُدخل المعرفي #{ $id }. شكرًا لك على المشاركة!
share-ask-title = ما عنوان ما تودّ مشاركته؟
share-ask-body = يُرجى كتابة النص: شيء تعلّمته، أو طريقة عمل، أو إجابة عن سؤال شائع.
share-ask-tags = بأي الكفاءات يتعلق؟ اختر كل ما ينطبق، أو «لا شيء».
share-visibility-programme = جميع أعضاء البرنامج
share-visibility-pair = ثنائي الإرشاد الخاص بي فقط
share-ask-visibility = من يمكنه قراءته؟
share-name-shown = إظهار اسمي
share-name-anonymous = إظهار «أحد أعضاء البرنامج»
share-ask-name = كيف تودّ أن يُشار إليك بصفتك الكاتب؟
share-keep-yes = الإبقاء عليه دون اسمي
share-keep-no = حذفه
share-ask-consent = إذا غادرت البرنامج يومًا ومحوت بياناتك، فهل يبقى هذا المُدخل في قاعدة المعارف دون اسمك، أم يُحذف؟
share-ask-language = بأي لغة كُتب؟
share-preview = إليك المُدخل الخاص بك. هل تريد حفظه؟
share-preview-language = اللغة: { $language }
share-preview-tags = الكفاءات: { $tags }
share-save = حفظ
share-change-language = تغيير اللغة
share-restart = البدء من جديد
share-title-invalid = يُرجى كتابة عنوان يتراوح طوله بين 3 أحرف و{ $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
share-body-invalid = يُرجى كتابة نص يتراوح طوله بين { $min } و{ $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
share-saved = حُفظ بصفته المُدخل المعرفي #{ $id }. شكرًا لك على المشاركة! يمكنك تعديله باستخدام /entries.
entries-none = لم تشارك أي مُدخلات بعد. للبدء، يُرجى إرسال /share.
entries-title = مُدخلاتك: { $count }. اختر أحدها لتعديله أو حذفه.
entries-edit = تعديل #{ $id } «{ $title }»
entries-delete = حذف #{ $id }
entry-not-yours = هذا المُدخل لا يخصك، أو لم يعد موجودًا.
entry-ask-text = يُرجى إرسال النص الجديد للمُدخل.
entry-updated = حُدّث المُدخل #{ $id }.
entry-deleted = حُذف المُدخل #{ $id }.
hide-usage = طريقة الاستخدام: /hide <الرقم>، برقم المُدخل كما يظهر في المصادر (مثلًا /hide 12).
entry-unknown = لا يوجد مُدخل بالرقم #{ $id }.
entry-hidden = أُخفي المُدخل #{ $id }: يبقى في السجلات لكنه لم يعد يظهر في نتائج البحث.
capture-offer = هل تودّ مشاركة هذه الملاحظة مع قاعدة المعارف في البرنامج؟ سيُطلب من شريكك في الإرشاد الموافقة أولًا.
capture-share = مشاركة الملاحظة
capture-nothing = لا توجد ملاحظة من تلك الجلسة يمكن مشاركتها.
capture-ask-other = يودّ { $name } مشاركة الملاحظة من جلستكما في قاعدة المعارف في البرنامج: «{ $note }» هل توافق؟
capture-agree = أوافق
capture-decline = أفضّل ألا تُشارَك
capture-asked = طلبت موافقة { $name }.
capture-declined-self = مفهوم: ستبقى الملاحظة بينكما.
capture-declined = يفضّل { $name } أن تبقى الملاحظة بينكما.
capture-title = ملاحظات من جلسة إرشاد بتاريخ { $date }

## عرض المنسقين

export-which = ما البيانات التي تريدها؟
export-mine = بياناتي الخاصة
export-programme = بيانات البرنامج (CSV)
export-programme-ready = بيانات البرنامج: المشاركون، والثنائيات، والجلسات، والساعات، والتقارير.
stats-title = البرنامج في لمحة:
stats-people = الأشخاص: { $total } (المسترشدون: { $mentees }، المرشدون المعتمدون: { $mentors }، طلبات الانضمام كمرشدين: { $applicants }، المنسقون: { $coordinators })
stats-countries = حسب البلد: { $countries }
stats-pairs = الثنائيات: نشطة { $active }، بانتظار الرد { $introduced }، مكتملة { $completed }، منتهية { $ended }
stats-sessions = الجلسات: منعقدة { $held }، قادمة { $upcoming }
stats-hours = الساعات المسجّلة: { $hours } س، منها { $bilateral } س في جلسات ثنائية (الميزانية { $budget } س لكل مسترشد)
stats-reports = التقارير: مُسلّمة { $delivered }، متأخرة { $overdue }
stats-checkins = المتابعات: متوسط التقييم { $average } من 5 (عدد التقييمات: { $count }، المنخفضة منها: { $low })
stats-attention = يحتاج إلى متابعة:
stats-attention-none = لا أحد يحتاج إلى متابعة حاليًا.
stats-attention-inactive = { $mentor } و{ $mentee }: لا جلسات منذ { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
stats-attention-unanswered = { $mentor } و{ $mentee }: تعارف أو طلب بانتظار الرد
stats-attention-overdue = { $name }: «{ $title }» متأخر
stats-attention-applications = { $count ->
        [zero] لا توجد طلبات انضمام كمرشدين بانتظار قرار
        [one] طلب انضمام واحد كمرشد بانتظار قرار
        [two] طلبا انضمام كمرشدين بانتظار قرار
        [few] { $count } طلبات انضمام كمرشدين بانتظار قرار
        [many] { $count } طلبًا للانضمام كمرشدين بانتظار قرار
       *[other] { $count } طلب انضمام كمرشدين بانتظار قرار
    }
chart-hours-title = الساعات لكل مسترشد مقارنةً بالميزانية
chart-hours-series = الساعات المسجّلة
chart-hours-axis = الساعات
chart-budget = الميزانية ({ $budget } س)
chart-sessions-title = الجلسات المنعقدة أسبوعيًا
chart-sessions-series = الجلسات
chart-sessions-axis = الجلسات
chart-countries-title = المشاركون حسب البلد
chart-countries-series = المشاركون
chart-countries-axis = الأشخاص
announce-usage = طريقة الاستخدام: /announce [mentors|mentees|coordinators] <النص>، مثلًا /announce mentees الاجتماع المشترك يوم الجمعة الساعة 10:00 (CET).
announce-from = إعلان من { $name }:
announce-sent = { $count ->
        [zero] الإعلان في طريقه إلى { $count } شخص.
        [one] الإعلان في طريقه إلى شخص واحد.
        [two] الإعلان في طريقه إلى شخصين.
        [few] الإعلان في طريقه إلى { $count } أشخاص.
        [many] الإعلان في طريقه إلى { $count } شخصًا.
       *[other] الإعلان في طريقه إلى { $count } شخص.
    }

## الجلسات الجماعية في الغرف

group-room-only = يعمل هذا في غرفة المحادثة الخاصة بحلقة أو مجموعة. يُرجى كتابته هناك.
group-members-only = المشاركة في الجلسات الجماعية متاحة لأعضاء البرنامج فقط. للانضمام، أرسل إليّ /start في محادثة مباشرة.
group-help =
    الجلسات الجماعية في هذه الغرفة:
    /group schedule <الموعد> <الموضوع> – تخطيط جلسة، مثلًا: /group schedule غدًا 15:00 التوظيف في الخارج
    /group attend، /group absent – الإبلاغ بما إذا كنت ستحضر
    /group start – البدء: جدول الأعمال ونداء الحضور
    /here – الرد على نداء الحضور
    /round [الدقائق] – يعرض المقدِّم التالي تحديًا ويقدّم الآخرون نصائحهم بالتناوب؛ /next ينقل الكلمة
    /note <النص> – إضافة ملاحظة؛ /action <الشخص> <النص> – إضافة مهمة
    /group end – الختام بملخص؛ /group cancel – إلغاء الجلسة التالية
    /group link <الحلقة> – جعل هذه الغرفة غرفة الحلقة
    /group room <الحلقة> – أُنشئ غرفة للحلقة وأدعو أعضاءها إليها (على Matrix)
group-status-circle = هذه غرفة الحلقة { $circle }.
group-status-cohort = لا تنتمي هذه الغرفة إلى أي حلقة: الجلسات هنا اجتماعات مشتركة للدفعة بأكملها.
group-status-none = لا توجد جلسة جماعية مخطط لها هنا.
group-status-next = الجلسة التالية: «{ $topic }» في { $when }. سيحضر: { $attend }. لن يتمكن من الحضور: { $absent }.
group-status-running = جارية الآن: «{ $topic }» (كانت مقررة في { $when }). قالوا إنهم سيحضرون: { $attend }. لن يتمكنوا من الحضور: { $absent }.
group-no-circle = هذه الغرفة غير مرتبطة بحلقة، لذا لا يستطيع تخطيط اجتماع مشترك للدفعة هنا إلا أحد المنسقين. يمكن لعضو في حلقة ربط الغرفة باستخدام /group link <الحلقة>، مثلًا /group link circle-1.
group-schedule-denied = لا يستطيع تخطيط جلسة جماعية هنا إلا منسق، أو مرشد عضو في هذه الحلقة.
group-schedule-usage = طريقة الاستخدام: /group schedule <الموعد> <الموضوع>، بالوقت حسب منطقتك الزمنية، مثلًا: /group schedule غدًا 15:00 التوظيف في الخارج
group-topic-invalid = يُرجى كتابة موضوع يتراوح طوله بين حرفين و{ $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
group-schedule-clash = لدى هذه الغرفة جلسة في ذلك الوقت بالفعل: «{ $topic }» في { $when }. يُرجى اختيار وقت آخر.
group-scheduled = خطّط { $name } لجلسة جماعية: «{ $topic }» في { $when }، { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. سأذكّر الجميع قبلها. هل ستحضر؟ أجب بالأزرار، أو باستخدام /group attend أو /group absent.
group-invitation = خطّط { $name } لجلسة جماعية ({ $room }): «{ $topic }» في { $when } ({ $timezone })، { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. هل ستحضر؟
group-whole-cohort = الدفعة بأكملها
group-attend = سأحضر
group-absent = لا أستطيع الحضور
group-will-attend = تم التسجيل: سيحضر { $name } «{ $topic }».
group-will-not-attend = تم التسجيل: لن يتمكن { $name } من حضور «{ $topic }».
group-nothing-scheduled = لا توجد جلسة جماعية مخطط لها في هذه الغرفة. خطّط لجلسة باستخدام /group schedule <الموعد> <الموضوع>.
group-session-unknown = لا أجد تلك الجلسة الجماعية.
group-session-over = انتهت الجلسة الجماعية «{ $topic }» أو أُلغيت.
group-reminder-room = تذكير: الجلسة الجماعية «{ $topic }» في { $when }. هل ستحضر؟ أجب بالأزرار، أو باستخدام /group attend أو /group absent.
group-reminder = تذكير: الجلسة الجماعية ({ $room }) «{ $topic }» في { $when } ({ $timezone }).
group-cancelled = ألغى { $name } الجلسة الجماعية «{ $topic }» المقررة في { $when }.
group-cancelled-member = ألغى { $name } الجلسة الجماعية «{ $topic }» المقررة في { $when } ({ $timezone }).
group-cancel-running = الجلسة الجارية لا تُلغى، بل تُختتم باستخدام /group end.
group-run-denied = لا يستطيع القيام بذلك إلا الميسّر أو أحد المنسقين أو مرشد في هذه الحلقة.
group-already-running = هناك جلسة جماعية جارية هنا بالفعل. اختتمها أولًا باستخدام /group end.
group-start-too-early = الجلسة التالية، «{ $topic }»، مقررة في { $when }. يمكن بدؤها قبل موعدها بـ{ $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } على الأكثر.
group-agenda =
    تبدأ الجلسة الجماعية «{ $topic }». الميسّر: { $name }.
    جدول الأعمال:
    1. الحضور: أجب باستخدام /here أو بالزر.
    2. الجولات: يختار /round مقدِّمًا يعرض تحديًا، ثم يقدّم الآخرون نصائحهم بالتناوب، وينقل /next الكلمة. مدة كل جولة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
    3. طوال الجلسة: /note <النص> للملاحظات، و/action <الشخص> <النص> للمهام.
    4. يختتم /group end الجلسة بملخص.
    المتوقع حضورهم: { $expected }. المعتذرون: { $excused }.
group-here-button = أنا هنا
group-not-running = لا توجد جلسة جماعية جارية في هذه الغرفة. تبدأ الجلسة المخطط لها باستخدام /group start.
group-present = أهلًا بك، { $name }! { $count ->
        [zero] عدد الحاضرين: { $count }.
        [one] شخص واحد هنا.
        [two] شخصان هنا.
        [few] { $count } أشخاص هنا.
        [many] { $count } شخصًا هنا.
       *[other] { $count } شخص هنا.
    }
group-already-present = أنت في القائمة بالفعل، { $name }.
group-not-present = يُرجى الرد على نداء الحضور أولًا باستخدام /here.
group-note-usage = طريقة الاستخدام: /note <النص>، بطول يتراوح بين حرفين و{ $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
group-noted = سُجّلت الملاحظة ({ $count ->
        [zero] { $count } ملاحظة حتى الآن
        [one] ملاحظة واحدة حتى الآن
        [two] ملاحظتان حتى الآن
        [few] { $count } ملاحظات حتى الآن
        [many] { $count } ملاحظة حتى الآن
       *[other] { $count } ملاحظة حتى الآن
    }).
group-action-usage = طريقة الاستخدام: /action <الشخص> <النص>، مثلًا: /action Ben إرسال قائمة الأسعار ({ $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } على الأكثر).
group-action-unknown = لا أعرف «{ $name }» في هذه الجلسة. يُرجى استخدام اسم أحد المدعوين أو الحاضرين: { $members }.
group-action-ambiguous = ينطبق «{ $name }» على أكثر من شخص هنا. يُرجى كتابة الاسم الكامل: { $members }.
group-action-noted = مهمة لـ{ $name }: { $text }
group-action-reminder = تذكير من الجلسة الجماعية «{ $topic }» بتاريخ { $date }. مهمتك: { $text }
group-round-usage = طريقة الاستخدام: /round، أو /round <الدقائق> لتحديد مدة بين 2 و120 دقيقة.
group-round-too-few = تحتاج الجولة إلى حضور شخصين على الأقل. أجب على نداء الحضور باستخدام /here.
group-round-all-presented = قدّم جميع الحاضرين عروضهم. اختتم الجلسة باستخدام /group end.
group-round-start = الجولة { $number } ({ $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }): يعرض { $name } تحديًا. ثم النصائح بهذا الترتيب: { $advisers }. /next ينقل الكلمة.
group-next-adviser = { $name }، نصيحتك من فضلك (الجولة { $number }، { $left ->
        [0] انتهى الوقت
        [one] بقيت دقيقة واحدة
        [two] بقيت دقيقتان
        [few] بقيت { $left } دقائق
        [many] بقيت { $left } دقيقة
       *[other] بقيت { $left } دقيقة
    }).
group-round-done = اكتملت الجولة { $number }. شكرًا لك، { $name }! /round للمقدِّم التالي، أو /group end للختام.
group-no-round = لا توجد جولة جارية. ابدأ جولة باستخدام /round.
group-next-denied = لا يستطيع نقل الكلمة إلا المتحدث الحالي أو الميسّر أو أحد المنسقين.
group-round-warning = { $left ->
        [zero] بقيت { $left } دقيقة
        [one] بقيت دقيقة واحدة
        [two] بقيت دقيقتان
        [few] بقيت { $left } دقائق
        [many] بقيت { $left } دقيقة
       *[other] بقيت { $left } دقيقة
    } في الجولة { $number }.
group-round-over = انتهى وقت الجولة { $number }. { $name }، يُرجى الختام؛ ثم /next أو /round.
group-summary-title = ملخص الجلسة الجماعية «{ $topic }» بتاريخ { $date } ({ $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    })
group-summary-present = الحاضرون ({ $count }): { $names }
group-summary-excused = المعتذرون: { $names }
group-summary-notes = الملاحظات:
group-summary-no-notes = لم تُدوَّن أي ملاحظات.
group-summary-actions = المهام:
group-summary-action = { $name }: { $text }
group-summary-written = باختصار:
group-hours-logged = سُجّلت { $hours } س بصفتها «{ $kind }» لكل واحد من الحاضرين ({ $count }).
group-consent-asked = هل يمكن إضافة الملاحظات إلى قاعدة المعارف في البرنامج دون أسماء؟ سألت كلًّا منكم في محادثته المباشرة. لن تُحفظ إلا إذا وافق جميع الحاضرين خلال { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }.
group-consent-question = شكرًا لك على المشاركة في «{ $topic }»: سُجّلت لك { $hours } س. هل يمكن حفظ ملاحظات الجلسة في قاعدة المعارف في البرنامج دون ذكر اسم أحد؟ لن تُحفظ إلا إذا وافق جميع الحاضرين قبل { $until } ({ $timezone }).
group-consent-yes = نعم، احفظها
group-consent-no = لا
group-consent-closed = أُغلق السؤال المتعلق بملاحظات «{ $topic }».
group-consent-not-yours = لا يُسأل عن هذه الملاحظات إلا من كانوا حاضرين.
group-consent-refused-self = تم التسجيل: لن تُحفظ الملاحظات.
group-consent-refused = لم يوافق الجميع، لذا لن تُحفظ ملاحظات «{ $topic }» في قاعدة المعارف.
group-consent-thanks = شكرًا لك! وافق حتى الآن { $agreed } من { $count }.
group-consent-thanks-saved = شكرًا لك! وافق الجميع: حُفظت الملاحظات بصفتها المُدخل { $id }.
group-consent-saved = وافق الجميع: حُفظت ملاحظات «{ $topic }» في قاعدة المعارف بصفتها المُدخل { $id }.
group-consent-lapsed = لم يُجب الجميع في الوقت المحدد، لذا لن تُحفظ ملاحظات «{ $topic }» في قاعدة المعارف.
group-entry-title = جلسة جماعية: { $topic } ({ $date })
group-entry-actions = الخطوات التالية المتفق عليها:
group-link-usage = طريقة الاستخدام: /group link <الحلقة>، مثلًا: /group link circle-1
group-link-unknown = لا توجد حلقة باسم «{ $circle }». الحلقات: { $circles }.
group-link-denied = لا يستطيع ربط هذه الغرفة بالحلقة { $circle } إلا منسق أو عضو في هذه الحلقة.
group-linked = أصبحت هذه الغرفة الآن غرفة الحلقة { $circle } (الأعضاء: { $members }).
group-room-usage = طريقة الاستخدام: /group room <الحلقة>، مثلًا: /group room circle-1. أُنشئ غرفة للحلقة، وأدعو أعضاءها إليها، وأربطها بالحلقة.
group-room-creating = أُنشئ غرفة للحلقة { $circle } تضم { $members }. ستظهر في قائمة محادثاتك (وإذا طلبت المنصة ذلك، فاقبل الدعوة).
group-room-missing = لم تُرسَل دعوة إلى هؤلاء لأنهم لم يربطوا حسابًا على { $platform }: { $names }.
group-room-unsupported = لا أستطيع إنشاء الغرف بنفسي على { $platform }. أنشئ مجموعة تضم أعضاء الحلقة { $circle }، وأضفني إليها، ثم أرسل فيها /group link { $circle }.

## قوائم الأوامر (قائمة أوامر Telegram وأوامر الشرطة المائلة في Discord): قصيرة، 100 حرف على الأكثر

cmd-start = الانضمام إلى البرنامج
cmd-start-code = رمز الدعوة أو الربط، إن كان لديك رمز
cmd-help = ما يمكنني فعله
cmd-profile = عرض ملفك الشخصي أو تعديله
cmd-profile-action = «edit» لتعديل جزء من ملفك الشخصي
cmd-language = تغيير اللغة التي أتحدث بها معك
cmd-link = ربط حساب محادثة آخر بملفك الشخصي
cmd-link-code = الرمز من حسابك الآخر
cmd-notify-on = اختيار حساب المحادثة الذي يتلقى الإشعارات
cmd-notify-on-platform = telegram أو matrix أو discord أو console
cmd-privacy = ما الذي أحفظه ولماذا
cmd-export = الحصول على جميع بياناتك في ملف
cmd-forget = محو جميع بياناتك
cmd-cancel = إيقاف ما نقوم به
cmd-applications = طلبات الانضمام كمرشدين التي تنتظر قرارًا
cmd-invite = إنشاء رمز دعوة
cmd-invite-role = لمن الرمز: mentor أو mentee
cmd-invite-uses = عدد الأشخاص الذين يمكنهم استخدامه (1–500)
cmd-invite-days = عدد الأيام التي يظل فيها صالحًا (1–365)
cmd-grant = تعيين شخص منسقًا
cmd-grant-role = الدور المراد منحه
cmd-grant-person = اسم الشخص أو معرّفه في المحادثة
cmd-pair = ثنائيات الإرشاد الخاصة بك
cmd-mentors = المرشدون المناسبون لك
cmd-avoid = عدم الجمع بينك وبين شخص معيّن في ثنائي أبدًا
cmd-avoid-person = اسم الشخص أو معرّفه في المحادثة
cmd-match = اقتراح أفضل الثنائيات لكل من ليس لديه مرشد
cmd-pairs = جميع ثنائيات البرنامج
cmd-circles = تكوين حلقات إرشاد الأقران أو عرضها
cmd-circles-action = «form» لتكوين حلقات من كل من ليس في حلقة بعد
cmd-circles-size = عدد الأشخاص في الحلقة (2–12، الافتراضي 5)
cmd-book = حجز جلسة مع مرشدك أو مسترشدك
cmd-sessions = جلساتك
cmd-reschedule = نقل جلسة إلى وقت آخر
cmd-cancel-session = إلغاء جلسة
cmd-log = تسجيل الساعات
cmd-hours = ساعاتك مقارنةً بالميزانية
cmd-report = تسليم تقرير
cmd-reports = من سلّم أي تقرير
cmd-ask = سؤال قاعدة المعارف في البرنامج
cmd-ask-question = سؤالك
cmd-share = مشاركة خبرتك مع البرنامج
cmd-entries = مُدخلاتك المعرفية
cmd-hide = إخفاء مُدخل معرفي
cmd-hide-entry = رقم المُدخل
cmd-stats = البرنامج في لمحة، مع رسوم بيانية
cmd-announce = رسالة إلى الدفعة بأكملها أو إلى دور واحد
cmd-announce-audience = من يتلقاها (الجميع افتراضيًا)
cmd-announce-text = الرسالة
cmd-group = الجلسات الجماعية في هذه الغرفة: التخطيط والبدء والختام والحضور
cmd-group-action = schedule أو start أو end أو attend أو absent أو cancel أو link أو room
cmd-group-details = لـ schedule: الموعد والموضوع؛ لـ link أو room: الحلقة
cmd-here = الرد على نداء الحضور في جلسة جماعية
cmd-round = المقدِّم التالي في جلسة جماعية
cmd-round-minutes = مدة الجولة بالدقائق (2–120)
cmd-next = نقل الكلمة إلى المتحدث التالي
cmd-note = إضافة ملاحظة إلى الجلسة الجماعية
cmd-note-text = الملاحظة
cmd-action = إضافة مهمة لشخص ما
cmd-action-person = من سينفّذها: اسمه
cmd-action-text = ما الذي سينفّذه
