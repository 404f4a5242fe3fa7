"""Event types and claimants, one rule family at a time, on sentences written for the tests."""

from __future__ import annotations

import pytest

from geo.arabic import normalize
from geo.attribute import attribution, claimant_from
from geo.claims import classify


def kind_at(sentence: str, name: str, cue: str = ""):
    norm = normalize(sentence)
    return classify(norm, norm.index(normalize(name)), cue)


def kind_of_mention(sentence: str, name: str, cue: str = ""):
    """As kind_at, with the name's length, as geo.extract classifies a placed mention."""
    norm = normalize(sentence)
    return classify(norm, norm.index(normalize(name)), cue, len(normalize(name)))


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("أعلن الجيش تحرير قرية كاراكند.", "كاراكند", ("control", "liberated")),
        ("وتبادل الطرفان الاتهامات بخرق الهدنة في محيط بلدة تالش.", "تالش", ("clash", "ceasefire_violation")),
        ("اتهمت يريفان باكو بانتهاك وقف إطلاق النار في قرية تالش.", "تالش", ("clash", "ceasefire_violation")),
        ("سقطت بلدة تالش بيد القوات الأذربيجانية.", "تالش", ("control", "captured")),  # fell into the hands of
        ("سقطت قذيفة بيد أنها لم تنفجر في بلدة تالش.", "تالش", ("strike", "artillery")),  # بيد أن: however
        ("اتهمت يريفان باكو بالتطهير العرقي في بلدة تالش.", "تالش", ("other", "mentioned")),
        ("أحكم الجيش قبضته على بلدة تالش.", "تالش", ("control", "captured")),
        ("تم تطهير قرية تالش من الإرهابيين.", "تالش", ("control", "captured")),
        ("بدأ تطهير قرية تالش من الألغام.", "تالش", ("other", "mentioned")),  # mines cleared: no capture
        ("عادت قرية تالش إلى حضن الوطن.", "تالش", ("control", "liberated")),
        ("عاد السكان إلى قرية تالش.", "تالش", ("other", "mentioned")),
        ("اقتحمت القوات بلدة تالش.", "تالش", ("control", "entered")),
        ("تسيطر القوات على الوضع في بلدة تالش.", "تالش", ("other", "mentioned")),  # the situation in hand
        # heights taken near or towards a place: the fighting came closer, the place did not fall
        ("سيطر الجيش على مرتفعات استراتيجية في اتجاه بلدة تالش.", "تالش", ("clash", "advance")),
        ("أعلن الجيش السيطرة على عدد من القرى في اتجاه بلدة تالش.", "تالش", ("clash", "advance")),  # villages, not it
        # heights between two places, and the second place of "near X and Y"
        ("سيطر الجيش على المرتفعات الواقعة بين بلدتي تالش وسوس.", "تالش", ("clash", "advance")),
        ("سيطر الجيش على المرتفعات الواقعة بين بلدتي تالش وسوس.", "سوس", ("clash", "advance")),
        ("سيطر الجيش على تلال قرب بلدتي سوس وتالش.", "تالش", ("clash", "advance")),
        ("سيطر الجيش على بلدتي سوس وتالش.", "تالش", ("control", "captured")),
        # heights or villages around a place
        ("سيطر الجيش على عدة مرتفعات حول بلدة تالش.", "تالش", ("clash", "advance")),
        ("سيطر الجيش على القرى المحيطة ببلدة تالش.", "تالش", ("clash", "advance")),
        ("سيطر الجيش على بلدة تالش والقرى المحيطة بها.", "تالش", ("control", "captured")),
        # a road named by its town: the road was taken or struck, not the town
        ("سيطر الجيش على طريق تالش.", "تالش", ("clash", "advance")),
        ("قصفت القوات رتلا عسكريا على طريق تالش.", "تالش", ("other", "locator")),
        # a pre-war year fronting the sentence dates its main clause, not the next one
        ("وفي عام 1992، سيطرت القوات الأرمينية على بلدة تالش.", "تالش", ("other", "historical")),
        ("وفي حرب الأيام الأربعة في أبريل/نيسان 2016، سيطر الجيش على تلال قرب قرية تالش.", "تالش",
         ("other", "historical")),
        ("وفي عام 1993 احتلت القوات المنطقة، لكن الجيش حرر قرية تالش اليوم.", "تالش", ("control", "liberated")),
        ("وفي 27 سبتمبر 2020، قصفت القوات بلدة تالش.", "تالش", ("strike", "shelling")),
        ("أعلن الجيش تحرير قرى في منطقة تالش.", "تالش", ("control", "liberated")),  # in it: its district's
        ("حرر الجيش مواقع مهمة قرب بلدة تالش.", "تالش", ("clash", "advance")),
        ("حرر الجيش العديد من التلال الاستراتيجية ببلدة تالش.", "تالش", ("control", "liberated")),  # in it
        ("بعد هجوم أرميني على مناطق سكنية في بلدة تالش.", "تالش", ("strike", "attack")),
        ("وقالت الوزارة إن القوات هاجمت قريتي تالش ومدغيز.", "تالش", ("strike", "attack")),  # two villages
        ("هاجمت القوات مدينتي تالش وترتر ليلا.", "تالش", ("strike", "attack")),
        ("قال إنه لا ينوي شن هجوم عسكري على بلدة تالش.", "تالش", ("other", "intention_denied")),
        ("قال إن بلاده لا تعتزم دخول بلدة تالش.", "تالش", ("other", "intention_denied")),
        ("وتابع: لن نسمح بسقوط بلدة تالش.", "تالش", ("other", "intention_denied")),  # will not allow
        # a negated verb of happening before the cue: calm reported, no event and no claim of one
        ("ولم تسجل أي اشتباكات في محيط بلدة تالش خلال الليل.", "تالش", ("other", "nothing_recorded")),
        ("ولم يشهد محور تالش أي معارك يوم الأحد.", "تالش", ("other", "nothing_recorded")),
        ("وقال إن بلدة تالش لم تتعرض للقصف اليوم.", "تالش", ("other", "nothing_recorded")),
        ("وساد هدوء حذر في بلدة تالش دون تسجيل أي قصف.", "تالش", ("other", "nothing_recorded")),
        ("ولم تسجل أي اشتباكات على محور تالش منذ الصباح.", "تالش", ("other", "nothing_recorded")),
        ("وقالت المصادر إنه لا وجود لمعارك في محيط بلدة تالش.", "تالش", ("other", "nothing_recorded")),
        ("ليست هناك معارك في محيط بلدة تالش منذ الليلة الماضية.", "تالش", ("other", "nothing_recorded")),
        # a side keeping control holds the place: no change of hands
        ("وبموجب الاتفاق تحتفظ القوات الأرمينية بالسيطرة على بلدة تالش.", "تالش", ("other", "held")),
        ("وحافظت القوات على سيطرتها على بلدة تالش رغم الهجمات.", "تالش", ("other", "held")),
        # a clause opener between the deed before and the place: the place is the next clause's
        ("قصفت القوات قرية مدغيز، فيما زار الوزير بلدة تالش.", "تالش", ("other", "mentioned")),
        ("حرر الجيش قرية مدغيز، في حين أكد الوزير الوحدة بين تالش وباكو.", "تالش", ("other", "mentioned")),
        ("سيطر الجيش على قرية مدغيز، إذ يمر عبرها الطريق الذي يربط بلدة تالش بالعاصمة.", "تالش",
         ("other", "mentioned")),  # a reason's clause
        # guard (passes on the code before): a list going on past a comma is still the deed's
        ("قصفت القوات قرية مدغيز، وبلدة تالش.", "تالش", ("strike", "shelling")),
        ("وقال إنه لم تكن هناك أي اشتباكات قرب بلدة تالش أمس.", "تالش", ("other", "nothing_recorded")),
        ("وأكد أنه ليس ثمة قصف على بلدة تالش حاليا.", "تالش", ("other", "nothing_recorded")),
        # guards (pass on the code before the rule too): what went unrecorded was not the deed, a
        # comparison with earlier shelling, a contrast opening the next deed
        ("وقال إن الجيش لم يسجل أي خسائر في المعارك قرب بلدة تالش.", "تالش", ("clash", "fighting")),
        ("ولم تشهد بلدة تالش قصفا بهذه الكثافة من قبل.", "تالش", ("strike", "shelling")),
        ("لم تتعرض شوشي للقصف لكن القصف طال بلدة تالش.", "تالش", ("strike", "shelling")),
        ("لم تتعرض شوشي للقصف، لكن القصف طال بلدة تالش.", "تالش", ("strike", "shelling")),
        ("وتقاتل القوات لمنع سقوط بلدة تالش.", "تالش", ("clash", "contested")),  # fought to prevent
        ("لم تتوقف المعارك قرب بلدة تالش.", "تالش", ("clash", "fighting")),
        ("قال إن القوات تقترب من بلدة تالش.", "تالش", ("clash", "advance")),  # drawing near, any tense
        # headlines write the present: troops enter, storm, raise the flag, drive the enemy out; a side loses
        ("القوات تدخل بلدة تالش", "تالش", ("control", "entered")),
        ("روسيا تدخل على خط الأزمة في بلدة تالش", "تالش", ("other", "mentioned")),  # intervention
        # soldiers lost there: fighting, no ground lost; a town lost stays a control change
        ("وفقدت القوات نحو 100 جندي في محيط قرية تالش.", "تالش", ("clash", "losses")),
        ("خسرت القوات الأرمينية 10 جنود في قرية تالش.", "تالش", ("clash", "losses")),
        ("خسرت أرمينيا مدينة تالش.", "تالش", ("control", "lost")),
        ("وخسرت القوات الأرمينية السيطرة على مدينة تالش.", "تالش", ("control", "lost")),  # not its control, captured
        # forces come within a few kilometres of a town: an advance; a village described by its distance is none
        ("وباتت القوات على بعد 5 كيلومترات من مدينة شوشا.", "شوشا", ("clash", "advance")),
        ("وتقع القرية على بعد 5 كيلومترات من مدينة شوشا.", "شوشا", ("other", "mentioned")),
        ("وأقر بأن القوات باتت على بعد كيلومترات قليلة من مدينة شوشا.", "شوشا", ("clash", "advance")),  # no number
        # troops before the verb: they enter, though a bare name follows it (a headline)
        ("القوات الأذربيجانية تدخل تالش بعد انسحاب الأرمن", "تالش", ("control", "entered")),
        ("قوات حفظ السلام تدخل تالش", "تالش", ("other", "mentioned")),
        ("القوات الأذربيجانية تقتحم بلدة تالش", "تالش", ("control", "entered")),
        ("الجيش يرفع العلم في بلدة تالش", "تالش", ("control", "flag_raised")),
        ("الجيش يطرد القوات الأرمينية من بلدة تالش", "تالش", ("control", "captured")),
        ("طردت الحكومة السفير من بلدة تالش.", "تالش", ("other", "mentioned")),  # an ambassador, not the enemy
        ("أرمينيا تخسر بلدة تالش", "تالش", ("control", "lost")),
        ("انفجار يهز بلدة تالش", "تالش", ("strike", "explosion")),  # the blast first, then the verb
        ("انفجار الوضع في بلدة تالش", "تالش", ("other", "mentioned")),  # an escalation, no blast
        ("الطيران الحربي يغير على بلدة تالش", "تالش", ("strike", "air_strike")),
        ("تبادل لإطلاق النار قرب بلدة تالش", "تالش", ("clash", "fighting")),
        ("تسلمت أذربيجان اليوم الجمعة منطقة تالش من أرمينيا.", "تالش", ("control", "handed_over")),
        ("ومن المقرر أن تسلم أرمينيا منطقة تالش في 25 نوفمبر.", "تالش", ("other", "scheduled")),  # not yet
        # a loss admitted or a town gone out of a side's control; the enemy at its gates
        ("هاروتيونيان يقر بخسارة شوشي", "شوشي", ("control", "lost")),  # the name right after
        ("وقال إن بلدة تالش خرجت بالكامل عن سيطرتنا.", "تالش", ("control", "lost")),
        ("أكد أن القوات باتت على مشارف بلدة تالش.", "تالش", ("clash", "advance")),
        ("أكدت يريفان أن القوات هاجمت مواقعها في اتجاه بلدة تالش.", "تالش", ("clash", "assault")),
        ("أكد اقتراب الجيش أكثر من بلدة تالش.", "تالش", ("clash", "advance")),  # no intention: the fighting goes on
        ("اقتحم محتجون مبنى البلدية في بلدة تالش.", "تالش", ("other", "mentioned")),  # no troops: no ground
        ("لقي ثلاثة أشخاص حتفهم في بلدة تالش.", "تالش", ("strike", "casualties")),
        ("هز انفجار قوي بلدة تالش.", "تالش", ("strike", "explosion")),
        ("صدت القوات هجمات على بلدة تالش.", "تالش", ("clash", "defence")),  # not an attack on it
        ("وأظهرت الصور دمارا واسعا في بلدة تالش.", "تالش", ("strike", "damage")),
        # the enemy "eliminated" or "neutralised" there, as bulletins put it: fighting
        ("تم القضاء على مجموعة من عناصر العدو قرب بلدة تالش.", "تالش", ("clash", "losses")),
        ("جرى تحييد قوة معادية في بلدة تالش.", "تالش", ("clash", "losses")),
        ("شن الجيش عملية عسكرية في بلدة تالش.", "تالش", ("clash", "operations")),
        ("يواصل الجيش عملياته الهجومية قرب بلدة تالش.", "تالش", ("clash", "offensive")),
        ("ويقضي الاتفاق بعودة اللاجئين إلى بلدة تالش.", "تالش", ("other", "mentioned")),
        # an aircraft shot down near a place: a strike there, as the annotators code it
        ("أسقطت الدفاعات الجوية مروحية عسكرية قرب بلدة تالش.", "تالش", ("strike", "shot_down")),
        # the dual: two drones shot down over the town
        ("أسقطت الدفاعات طائرتين مسيرتين فوق بلدة تالش.", "تالش", ("strike", "drone")),
        ("أعلنت الوزارة إسقاط طائرتين بدون طيار فوق بلدة تالش.", "تالش", ("strike", "drone")),
        # a generic strike takes the weapon of its own clause, not of the next one's
        ("قالت باكو إن بلدة تالش قصفت، فيما تقول يريفان إن مدينة ألف تعرضت لغارات.", "تالش", ("strike", "shelling")),
        ("قصفت القوات بلدة تالش بالمدفعية الثقيلة، فيما تستمر المعارك.", "تالش", ("strike", "artillery")),
        # a loss admitted: the place changed hands to the other side
        ("أقرت السلطات بخسارة بلدة تالش.", "تالش", ("control", "lost")),
        ("فقدت القوات الأرمينية السيطرة على بلدة تالش.", "تالش", ("control", "lost")),
        # the loss of control admitted: "السيطرة على" after it is what was lost, no capture
        ("اعترفت السلطات بفقدان السيطرة على بلدة تالش.", "تالش", ("control", "lost")),
        ("تراجعت القوات الأرمينية من بلدة تالش.", "تالش", ("control", "lost")),
        ("تكبد العدو خسارة فادحة قرب بلدة تالش.", "تالش", ("clash", "losses")),
        # soldiers killed in an area: fighting there; civilians killed: a strike's toll
        ("وأعلنت الوزارة مقتل 12 جنديا في محيط بلدة تالش.", "تالش", ("clash", "losses")),
        ("قتل خمسة عناصر من الجيش في منطقة تالش.", "تالش", ("clash", "losses")),
        ("قتل خمسة مدنيين في بلدة تالش.", "تالش", ("strike", "casualties")),
        ("أصيب صحفيان فرنسيان في بلدة تالش.", "تالش", ("strike", "casualties")),  # journalists are civilians
        ("قتل مواطن في بلدة تالش.", "تالش", ("strike", "casualties")),
        ("صد الجيش محاولة للتسلل إلى بلدة تالش.", "تالش", ("clash", "defence")),
        # peacekeepers take no side's ground, whether named before the verb or after it
        ("وذكر الكرملين أن قوات حفظ السلام الروسية دخلت بلدة تالش.", "تالش", ("other", "deployment")),
        ("دخلت قوات حفظ السلام الروسية بلدة تالش.", "تالش", ("other", "mentioned")),
        # or as whose control the ground is
        ("فيما يبقى ممر لاتشين تحت سيطرة قوات حفظ السلام الروسية.", "لاتشين", ("other", "deployment")),
        ("فيما يبقى ممر لاتشين تحت سيطرة القوات الأذربيجانية.", "لاتشين", ("control", "captured")),
        # the flag raised over a place, the verb before the flag or after it
        ("أعلن الرئيس أن العلم الأذربيجاني رفع فوق بلدة تالش.", "تالش", ("control", "flag_raised")),
        ("العلم الأذربيجاني يرفرف فوق بلدة تالش.", "تالش", ("control", "flag_raised")),
        # the fall of a town is its capture; shells falling on it are not
        ("أعلن الرئيس سقوط مدينة تالش.", "تالش", ("control", "captured")),
        ("أفادت الأنباء بسقوط قذائف على بلدة تالش.", "تالش", ("strike", "artillery")),
        ("باتت قرية تالش على وشك السقوط.", "تالش", ("clash", "contested")),
        # confronted or foiled: "تصدت القوات لهجوم", "أحبطت محاولة تسلل"
        ("تصدت القوات لهجوم على بلدة تالش.", "تالش", ("clash", "defence")),
        ("أحبطت القوات محاولة تسلل قرب بلدة تالش.", "تالش", ("clash", "defence")),
        ("توغلت وحدات الجيش في عمق بلدة تالش.", "تالش", ("clash", "advance")),
        ("تدور حرب شوارع في بلدة تالش.", "تالش", ("clash", "fighting")),
        ("استخدم الجيش الفوسفور الأبيض في غابات قرب بلدة تالش.", "تالش", ("strike", "incendiary")),
        ("قصفت القوات بلدة تالش بقنابل حارقة.", "تالش", ("strike", "incendiary")),
        # a cue past a new clause ("، وإن", "، فيما") is the next clause's, not the place's
        ("قصفت القوات في وقت سابق اليوم بلدة تالش، وإن معارك دارت قرب ألف.", "تالش", ("strike", "shelling")),
        ("حرر الجيش في ساعات الصباح الأولى قرية تالش، فيما تستمر المعارك.", "تالش", ("control", "liberated")),
        ("بلدة تالش، التي تعرضت لقصف عنيف.", "تالش", ("strike", "shelling")),  # no verb before: the one after
        ("بدأ ترميم الطرق إلى قريتي سوسانلي وتالش المحررتين.", "تالش", ("control", "liberated")),
        # ... but a deed told before the place, in its clause, is the claim, the participle its state
        ("رفع الجنود علم البلاد في بلدة تالش المحررة.", "تالش", ("control", "flag_raised")),
        ("قصفت القوات الأرمينية بلدة تالش المحررة.", "تالش", ("strike", "shelling")),
        ("التقى محرر الصحيفة بسكان قرية سوسانلي.", "سوسانلي", ("other", "mentioned")),
        ("استعادت القوات السيطرة على بلدة تالش.", "تالش", ("control", "recaptured")),
        ("وبموجب الاتفاق تستعيد أذربيجان مدينة كلبجار.", "كلبجار", ("control", "recaptured")),
        ("قال الرئيس: نستعيد اليوم بلدة تالش.", "تالش", ("control", "recaptured")),
        ("واسترجعت القوات قرية تالش بعد معارك.", "تالش", ("control", "recaptured")),
        ("واستُعيدت قرية تالش من الاحتلال.", "تالش", ("control", "recaptured")),
        ("وأُعيدت قرية تالش إلى أذربيجان.", "تالش", ("control", "liberated")),
        ("وعادت قرية تالش إلى السيادة الأذربيجانية.", "تالش", ("control", "liberated")),
        ("وعاد النازحون إلى قرية تالش.", "تالش", ("other", "mentioned")),
        # soldiers taken prisoner there: a fight (not أسر, families)
        ("وأسرت القوات جنودا قرب بلدة تالش.", "تالش", ("clash", "prisoners")),
        ("ووقع ثلاثة جنود أرمن في الأسر قرب بلدة تالش.", "تالش", ("clash", "prisoners")),
        ("واستقبلت أسر القتلى جثث أبنائها في بلدة تالش.", "تالش", ("other", "mentioned")),
        # a sabotage group slipping in is a fight; foiled, a defence
        ("وتسللت مجموعة تخريبية إلى بلدة تالش.", "تالش", ("clash", "infiltration")),
        ("وأحبطت القوات محاولة تسلل قرب بلدة تالش.", "تالش", ("clash", "defence")),
        ("وأفشلت القوات محاولات تسلل قرب بلدة تالش.", "تالش", ("clash", "defence")),
        # ... and where a fighter taken prisoner came from is no place of the fight
        ("وأسرت القوات مقاتلا سوريا من بلدة تالش.", "تالش", ("other", "origin")),
        ("رفرف العلم الأذربيجاني فوق بلدة تالش.", "تالش", ("control", "flag_raised")),
        ("وأخلت القوات الأرمينية مواقعها في بلدة تالش.", "تالش", ("control", "lost")),
        ("وتعمل السلطات على إخلاء المدنيين من بلدة تالش.", "تالش", ("other", "mentioned")),
        ("الجيش يحرر قرية كاراكند", "كاراكند", ("control", "liberated")),  # a headline's present
        ("القوات تستهدف مدينة ترتر بالمدافع الثقيلة", "ترتر", ("strike", "strike")),
        ("الأرمن ينسحبون من بلدة تالش", "تالش", ("control", "lost")),
        ("رفض الوزير أي تدخل في بلدة تالش.", "تالش", ("other", "mentioned")),  # an intervention enters nothing
        ("تدخل القوات الأذربيجانية بلدة تالش", "تالش", ("control", "entered")),
        ("ودخل وقف إطلاق النار حيز التنفيذ في بلدة تالش منتصف الليل.", "تالش", ("other", "mentioned")),
        ("يدخل وقف إطلاق النار حيز التنفيذ في بلدة تالش", "تالش", ("other", "mentioned")),
        ("دخلت قوات حفظ السلام الروسية مدينة ستيباناكرت", "ستيباناكرت", ("other", "mentioned")),
        ("دخلت قوات روسية لحفظ السلام مدينة ستيباناكرت", "ستيباناكرت", ("other", "mentioned")),
        ("ودخلت القوات قرية سوس بعد انسحاب قوات حفظ السلام منها", "سوس", ("control", "entered")),
        ("بدأت أذربيجان تسلم منطقة كلبجار من القوات الأرمينية.", "كلبجار", ("control", "handed_over")),
        ("أحرق سكان قرية سوس منازلهم قبل تسليمها.", "سوس", ("control", "handed_over")),
        ("أذربيجان تتسلم بلدة سوس اليوم", "سوس", ("control", "handed_over")),
        ("أذربيجان تتسلم سوس", "سوس", ("control", "handed_over")),
        ("وكانت أذربيجان قد تسلمت في وقت سابق منطقتي سوس وتالش.", "سوس", ("control", "handed_over")),
        ("بدأت القوات الأذربيجانية الانتشار في منطقة كلبجار، بعد أن سلمتها القوات الأرمينية.", "كلبجار",
         ("control", "handed_over")),
        ("جرى تسليم جثث القتلى في بلدة سوس.", "سوس", ("other", "mentioned")),  # bodies, not land
        ("تم تسليم المساعدات إلى سكان بلدة سوس.", "سوس", ("other", "mentioned")),
        ("اشتبكت القوات مع المهاجمين قرب بلدة تالش.", "تالش", ("clash", "fighting")),
        ("الجنود يقاتلون في محيط بلدة تالش", "تالش", ("clash", "fighting")),
        ("Our army liberated the city of Fuzuli.", "Fuzuli", ("control", "liberated")),
        ("Our army recaptured the village of Talish.", "Talish", ("control", "recaptured")),
        ("Talish is under our control!", "Talish", ("control", "captured")),
        ("The situation in Talish is under the full control of the Defense Army.", "Talish", ("other", "held")),
        ("The situation around Talish is now under our control.", "Talish", ("other", "held")),
        ("Armenian forces retreated from Terter.", "Terter", ("control", "lost")),
        ("Armenia lost control of Terter.", "Terter", ("control", "lost")),
        ("Civilians fled from Terter.", "Terter", ("other", "mentioned")),
        ("Armenia continues to target our city Terter.", "Terter", ("strike", "fire")),
        ("Armenian forces are targeting Terter.", "Terter", ("strike", "fire")),
        ("Armenian units are subjecting to fire the Terter region.", "Terter", ("strike", "fire")),
        ("The villages of Terter district were subjected to intense fire.", "Terter", ("strike", "fire")),
        ("Terter is no military target.", "Terter", ("other", "mentioned")),
        ("The situation in Talish is under control.", "Talish", ("other", "mentioned")),
        ("The enemy attacked our positions in the direction of Talish.", "Talish", ("clash", "offensive")),
        ("Enemy troops seized the village of Talish.", "Talish", ("control", "captured")),
        ("رفع الجنود العلم فوق قرية سوسانلي.", "سوسانلي", ("control", "flag_raised")),
        ("قال إن قرية زاريسلي على وشك السقوط في يد القوات.", "زاريسلي", ("clash", "contested")),
        ("سقطت قذائف مدفعية على مدينة ترتر.", "ترتر", ("strike", "artillery")),
        ("وألقت الطائرات قنابل على مدينة ترتر.", "ترتر", ("strike", "air_strike")),
        ("وتبادل الطرفان إطلاق النار قرب قرية تالش.", "تالش", ("clash", "fighting")),  # the parties between
        ("وتبادل الطرفان الاتهامات بقصف قرية تالش.", "تالش", ("strike", "shelling")),  # accusations, no fire
        ("ودمرت ضربة جوية جسرا قرب مدينة ترتر.", "ترتر", ("strike", "air_strike")),
        ("وألقى الجنود القبض على مقاتلين في مدينة ترتر.", "ترتر", ("other", "mentioned")),  # arrested, no bombs
        ("استهدفت طائرة بدون طيار مواقع قرب قرية نوراشن.", "نوراشن", ("strike", "drone")),
        ("واستهدف الطيران المسير الأذربيجاني قرية نوراشن.", "نوراشن", ("strike", "drone")),
        ("أطلقت صواريخ على مدينة كنجة فجرا.", "كنجة", ("strike", "missile")),
        ("استخدمت قنابل عنقودية في قصف مدينة بردعة.", "بردعة", ("strike", "cluster_munitions")),
        ("تدور اشتباكات عنيفة قرب بلدة مارتوني.", "مارتوني", ("clash", "fighting")),
        ("تابع الجيش تقدمه نحو مدينة لاتشين.", "لاتشين", ("clash", "advance")),
        ("سقط صاروخ أطلق من مدينة كافان الأرمينية.", "كافان", ("other", "launch_site")),
        ("وقال إن الصواريخ انطلقت من أراضي مقاطعة كافان.", "كافان", ("other", "launch_site")),  # two words between
        ("وقصفت القوات مدينة ترتر انطلاقا من قرية تاغلار.", "تاغلار", ("other", "launch_site")),
        # guard (passes on the code before the rule too): "من طراز" is a type, no origin
        ("وأطلقت القوات صواريخ من طراز توشكا باتجاه مدينة ترتر.", "ترتر", ("strike", "missile")),
        # the country first, then the town it left: "من أراضي أرمينيا، من منطقة X تحديدا"
        ("وأضاف أن الصواريخ أطلقت من أراضي أرمينيا، من منطقة كافان تحديدا.", "كافان", ("other", "launch_site")),
        # shelling from a place: where it came from, not where it fell; "من جديد" is again
        ("وتعرضت وحدات الجيش لقصف مدفعي من قرية تاغلار.", "تاغلار", ("other", "launch_site")),
        ("وتتعرض المدينة بشكل متكرر للقصف من مواقع أرمينية في قرية تاغلار.", "تاغلار", ("other", "launch_site")),
        ("قصفت راجمات الصواريخ المتمركزة في قرية تاغلار مدينة ترتر.", "تاغلار", ("other", "launch_site")),
        ("قصفت القوات الأذربيجانية القوات الأرمينية المتمركزة في قرية تاغلار.", "تاغلار", ("strike", "shelling")),
        # a weapon standing in the place, the strike's word after it; one struck there is a strike
        ("وقالت الوزارة إن منظومة صواريخ في مدينة كافان استهدفت قرية تاغلار.", "كافان", ("other", "launch_site")),
        # overran, recovered; defence lines breached near a place
        ("واجتاحت القوات بلدة سوس.", "سوس", ("control", "captured")),
        ("واستردت القوات بلدة سوس.", "سوس", ("control", "recaptured")),
        ("واخترقت القوات خطوط الدفاع قرب بلدة سوس.", "سوس", ("clash", "advance")),
        # snipers at work near a place: fighting
        ("وقنص جنود جنديا قرب بلدة سوس.", "سوس", ("clash", "fighting")),
        # struck, as a verb; not an idiom
        ("وضرب الجيش مواقع قرب بلدة سوس.", "سوس", ("strike", "strike")),
        ("وضربت القوات بعرض الحائط الهدنة في بلدة سوس.", "سوس", ("other", "mentioned")),
        # the war's rockets and drones by name
        ("وقصفت القوات بلدة سوس بالغراد.", "سوس", ("strike", "missile")),
        ("وأطلقت القوات توتشكا على بلدة سوس.", "سوس", ("strike", "missile")),
        ("واستهدفت طائرات بيرقدار مواقع قرب بلدة سوس.", "سوس", ("strike", "drone")),
        ("واستخدمت القوات ذخائر هاروب الإسرائيلية في قصف بلدة سوس.", "سوس", ("strike", "drone")),
        ("ودمرت القوات منظومة صواريخ في مدينة كافان.", "كافان", ("strike", "missile")),
        ("وقال المدافع عن حقوق الإنسان في كافان إن القوات استهدفت المدينة.", "كافان", ("strike", "strike")),
        ("وقصفت القوات من جديد بلدة تاغلار.", "تاغلار", ("strike", "shelling")),
        ("قامت وحدات في قرية سوس بإحضار قنابل إلى المنطقة.", "سوس", ("other", "deployment")),
        ("قامت وحدات بنقل الأسلحة إلى قرية سوس.", "سوس", ("other", "deployment")),
        # a deployment told in a relative clause says who fights; the main clause's deed decides
        ("قتل مقاتلون الذين أرسلتهم الحكومة إلى الجبهة في اشتباكات قرب بلدة سوس.", "سوس", ("clash", "fighting")),
        ("المقاتلون الذين جلبتهم الحكومة يشاركون في القتال قرب بلدة سوس.", "سوس", ("clash", "fighting")),
        ("وبدأت القوات هجوما بدعم من الحكومة التي جلبت مقاتلين من بلدة سوس.", "سوس", ("other", "deployment")),
        # a clause of its own after a comma ("، حيث", "، فيما") is out of the deployment's reach
        ("أرسلت الحكومة تعزيزات إلى الإقليم، حيث تدور معارك عنيفة قرب بلدة سوس.", "سوس", ("clash", "fighting")),
        ("قصفت القوات بلدة سوس، فيما أرسلت الحكومة تعزيزات إلى الجبهة.", "سوس", ("strike", "shelling")),
        ("نقلت الحكومة مقاتلين إلى الجبهة، وإن عشرات منهم قتلوا في معارك قرب بلدة سوس.", "سوس",
         ("clash", "fighting")),
        ("أرسلت الحكومة تعزيزات إلى بلدة سوس، حيث قتل جنديان.", "سوس", ("other", "deployment")),
        # نشر with troops after it deploys them; with footage after it, it publishes
        ("أعلن الحرس الثوري نشر وحدات من القوات البرية قرب بلدة سوس.", "سوس", ("other", "deployment")),
        ("نشرت الوزارة مقطعا يظهر تدمير دبابة قرب بلدة سوس.", "سوس", ("strike", "destroyed")),
        ("قالت المنظمة في تقرير نشرته الجمعة إن القوات قصفت بلدة سوس.", "سوس", ("strike", "shelling")),
        ("شنت القوات فجرا هجوما باتجاه منطقة تاغلار.", "تاغلار", ("clash", "offensive")),
        ("تتواصل العمليات العسكرية في منطقة تاغلار.", "تاغلار", ("clash", "operations")),
        ("احترقت سيارة في كافان بنيران طائرة معادية بلا طيار.", "كافان", ("strike", "drone")),
        ("أصيب منزل في بلدة سوس بنيران القوات.", "سوس", ("strike", "fire")),
        # buildings standing destroyed or damaged there; a town called ruined (the first war's) is not
        ("وأظهرت لقطات مباني مدمرة في بلدة سوس.", "سوس", ("strike", "damage")),
        ("وزار الرئيس بلدة سوس المدمرة.", "سوس", ("other", "mentioned")),
        ("قال المركز نقلا عن الطوارئ إن القوات استهدفت مدينة ترتر بقذائف.", "ترتر", ("strike", "artillery")),
        ("ونقلت وكالة عن الوزارة أن القوات قصفت بلدة مارتوني.", "مارتوني", ("strike", "shelling")),
        ("وصل الوزير إلى مدينة ترتر لتفقد المنازل.", "ترتر", ("other", "mentioned")),
        ("استولت القوات على قرية سوس.", "سوس", ("control", "captured")),
        ("صدت القوات هجوما على بلدة تاغلار.", "تاغلار", ("clash", "defence")),
        ("شنت القوات هجوما مضادا قرب بلدة تاغلار.", "تاغلار", ("clash", "offensive")),
        ("قالت الوزارة إن القوات تحاصر مدينة شوشي.", "شوشي", ("clash", "siege")),
        ("وطوقت الوحدات بلدة تاغلار من ثلاث جهات.", "تاغلار", ("clash", "siege")),
        ("تكبد العدو خسائر كبيرة في منطقة تاغلار.", "تاغلار", ("clash", "losses")),
        ("واستسلمت وحدة من الجيش قرب بلدة تاغلار.", "تاغلار", ("clash", "surrender")),
        ("ودعا الوزير القوات إلى الاستسلام ومغادرة بلدة تاغلار.", "تاغلار", ("other", "mentioned")),  # a call
        ("الجيش يتقدم نحو مدينة لاتشين.", "لاتشين", ("clash", "advance")),
        ("وحاولت القوات السيطرة على بلدة تاغلار.", "تاغلار", ("clash", "contested")),
        ("شنت القوات هجوما لاستعادة بلدة تاغلار.", "تاغلار", ("clash", "contested")),
        ("وعادت بلدة تاغلار للسيطرة الأذربيجانية.", "تاغلار", ("control", "captured")),  # done, not aimed
        ("وتخوض الوحدات معارك عنيفة للسيطرة على بلدة تاغلار.", "تاغلار", ("clash", "contested")),  # to take it
        ("قتل 12 مدنيا وأصيب آخرون في مدينة كنجة.", "كنجة", ("strike", "casualties")),
        ("وأفادت السلطات بمقتل امرأة في بلدة مارتوني.", "مارتوني", ("strike", "casualties")),
        # the civilian dead counted by town, the article before the noun
        ("وبلغ عدد القتلى المدنيين 40، بينهم 25 في مدينة كنجة.", "كنجة", ("strike", "casualties")),
        ("وأدى القصف إلى مقتل المدنيين في بلدة مارتوني.", "مارتوني", ("strike", "casualties")),
        ("تضررت عشرات المنازل في مدينة ترتر.", "ترتر", ("strike", "damage")),
        ("تضررت منازل في مدينة ترتر بصواريخ غراد.", "ترتر", ("strike", "missile")),  # the weapon named
        ("قتل جنديان في معارك قرب بلدة تاغلار.", "تاغلار", ("clash", "fighting")),  # soldiers: no strike
        # the fall of a place named right after the word is its capture; with words between, the cues decide
        ("سقوط تالش", "تالش", ("control", "captured")),
        ("سقوط «تالش»", "تالش", ("control", "captured")),
        ("وبعد سقوط تاغلار، تقدمت القوات نحو لاتشين.", "تاغلار", ("control", "captured")),
        ("سقوط قذائف على بلدة تالش", "تالش", ("strike", "artillery")),
        ("أنباء عن سقوط ضحايا في تالش", "تالش", ("strike", "casualties")),
        ("سقطت قذيفة في تالش دون وقوع إصابات", "تالش", ("strike", "artillery")),  # none fell
        # raids, the enemy driven out, a town in the forces' grip
        ("وأغارت الطائرات على مواقع في محيط بلدة تالش.", "تالش", ("strike", "air_strike")),
        ("وتمكنت القوات من دحر العدو من قرية تالش.", "تالش", ("control", "captured")),
        ("وأصبحت بلدة تالش في قبضة القوات الأذربيجانية.", "تالش", ("control", "captured")),
        # headlines without a verb: a town in a side's hands, under fire
        ("بلدة تالش بيد الجيش الأذربيجاني", "تالش", ("control", "captured")),
        ("بلدة تالش في قبضة أذربيجان", "تالش", ("control", "captured")),
        ("مدينة كنجة تحت النار", "كنجة", ("strike", "fire")),
        ("قتل مدنيان في كنجة بيد القوات الأرمينية.", "كنجة", ("strike", "casualties")),  # at the hands of
        # who holds a place is no change of hands; nor is a capture of the first war
        ("وتقع بلدة تالش في المنطقة التي يسيطر عليها الانفصاليون.", "تالش", ("other", "held")),
        ("وكانت بلدة تالش خاضعة لسيطرة القوات الأرمينية.", "تالش", ("other", "held")),
        # a side that still holds it
        ("وقالت إن القوات لا تزال تسيطر على بلدة تالش.", "تالش", ("other", "held")),
        ("ولا تزال القوات الأرمينية تسيطر على بلدة تالش.", "تالش", ("other", "held")),
        ("وسيطرت القوات الأرمينية على بلدة تالش عام 1993.", "تالش", ("other", "historical")),
        ("وقصفت القوات بلدة تالش عام 1992.", "تالش", ("other", "historical")),  # a strike of that war too
        ("ودارت معارك الحرب الأولى في محيط بلدة تالش.", "تالش", ("other", "historical")),
        ("وكانت بلدة تالش قد سقطت بيد القوات قبل نحو 30 عاما.", "تالش", ("other", "historical")),
        # the first war named before the deed in its clause, as its subject or its time (the last
        # three are guards: a year fronting the sentence was read so already, and منذ or a new
        # clause keep today's deed)
        ("يذكر أن الحرب الأولى انتهت بسيطرة الأرمن على بلدة تالش.", "تالش", ("other", "historical")),
        ("وخلال حرب 1992-1994 سيطرت القوات الأرمينية على بلدة تالش.", "تالش", ("other", "historical")),
        ("ولأول مرة منذ الحرب الأولى تدخل القوات بلدة تالش.", "تالش", ("control", "entered")),
        ("وانتهت الحرب الأولى بهدنة، لكن القوات سيطرت اليوم على بلدة تالش.", "تالش", ("control", "captured")),
        # any year before this war, after a month too
        ("وكانت القوات قد سيطرت على بلدة تالش في أغسطس/آب 1993.", "تالش", ("other", "historical")),
        ("وأبرز الخروقات معارك أبريل/نيسان 2016 في محيط بلدة تالش.", "تالش", ("other", "historical")),
        ("وسيطرت القوات على بلدة تالش في 3 أكتوبر/تشرين الأول 2020.", "تالش", ("control", "captured")),
        # "who" or "whoever" does the deed: a question or a rule of thumb, no claim
        ("ويرى محللون أن من يسيطر على بلدة تالش يتحكم بالطريق.", "تالش", ("other", "prospect")),
        ("وقالت يريفان إن الجيش الأذربيجاني هو من يقصف بلدة تالش.", "تالش", ("strike", "shelling")),
        ("ولا أحد يعرف من يقصف بلدة تالش.", "تالش", ("other", "prospect")),
        ("وقالوا إن القوات تمكنت من السيطرة على بلدة تالش.", "تالش", ("control", "captured")),
        # the year anywhere in the deed's clause, its subject between
        ("وكانت القوات قد سيطرت عليها وعلى بلدة تالش القوات الأخرى في مايو 1992.", "تالش", ("other", "historical")),
        # a year given to an occupation or a first time after today's deed is not the deed's
        ("وحررت القوات بلدة تالش التي احتلتها القوات الأخرى عام 1993.", "تالش", ("control", "liberated")),
        ("وحررت القوات بلدة تالش المحتلة منذ عام 1993.", "تالش", ("control", "liberated")),
        ("ودخلت القوات بلدة تالش لأول مرة منذ عام 1992.", "تالش", ("control", "entered")),
        ("ودخل القتال حول بلدة تالش يومه السادس في أعنف اشتباكات منذ التسعينيات.", "تالش", ("clash", "fighting")),
        # today's fighting measured against the first war's
        ("مع استمرار أعنف قتال في منطقة تالش منذ التسعينيات.", "تالش", ("clash", "fighting")),
        # a year after another verb dates that verb, not the recapture, which is told of a pronoun:
        # a second claim on the place, read with the article (the place's own words tell no deed;
        # test_a_deed_told_of_a_pronoun_is_a_second_claim_on_the_place_named_before has the recapture)
        ("واحتلت القوات الأرمينية بلدة تالش عام 1993، إلا أن الجيش تمكن من استعادتها.", "تالش",
         ("other", "mentioned")),
        # a handover put off has not happened yet
        ("وأرجأت أذربيجان تسلم منطقة كلبجر حتى 25 نوفمبر.", "كلبجر", ("other", "scheduled")),
        ("وقررت باكو تأجيل تسلم منطقة كلبجر.", "كلبجر", ("other", "scheduled")),
        ("باتت تالش على وشك سقوط تاغلار", "تاغلار", ("clash", "contested")),
        # shells fallen on a town's outskirts struck there; troops at its gates advanced
        ("وقال إن قذائف سقطت على مشارف بلدة تالش.", "تالش", ("strike", "artillery")),
        ("وقال إن القوات وصلت إلى مشارف بلدة تالش.", "تالش", ("clash", "advance")),
        # the situation under control there, or a place still under a side's control: no capture
        ("وقال إن الوضع في بلدة تالش تحت السيطرة بالكامل.", "تالش", ("other", "held")),
        ("وقال إن بلدة تالش لا تزال تحت سيطرة جيش الدفاع.", "تالش", ("other", "held")),
        ("وأصبحت بلدة تالش تحت سيطرة الجيش الأذربيجاني.", "تالش", ("control", "captured")),
    ],
)
def test_event_type(sentence, name, expected):
    got = kind_at(sentence, name)
    assert (got.type, got.sub_type) == expected


@pytest.mark.parametrize("sentence", ["ويرى خبراء أن من يسيطر على تالش يسيطر على الإقليم كله.",
                                      "من يسيطر على مدينة تالش يتحكم بالطريق."])  # no cue after: a guard
def test_a_place_the_object_of_whoevers_deed_is_a_maxim_though_a_cue_after_it_lies_nearer(sentence):
    got = kind_of_mention(sentence, "تالش")
    assert (got.type, got.sub_type) == ("other", "prospect")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("أرسلت الحكومة تعزيزات إلى بلدة سوس حيث تدور معارك عنيفة.", ("clash", "fighting")),
    ("أرسلت الحكومة تعزيزات إلى بلدة سوس التي تتعرض لقصف عنيف.", ("strike", "shelling")),
    ("أرسلت الحكومة تعزيزات إلى بلدة سوس التي تبعد 20 كيلومترا عن الحدود.", ("other", "deployment")),
    ("أرسلت الحكومة تعزيزات إلى بلدة سوس، حيث قتل جنديان.", ("other", "deployment")),
])
def test_a_clause_right_after_the_place_telling_of_fighting_there_outweighs_a_deployment(sentence, expected):
    got = kind_of_mention(sentence, "سوس")
    assert (got.type, got.sub_type) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the war or its fighting as a time dates the deed; it tells of no fighting at the place
    ("وسيطرت القوات منذ بداية المعارك في 27 سبتمبر على بلدة تالش.", ("control", "captured")),
    ("ومنذ اندلاع الحرب قصفت القوات بلدة تالش.", ("strike", "shelling")),
    ("وحررت القوات بعد تجدد الاشتباكات بلدة تالش.", ("control", "liberated")),
    ("وعاد مئات النازحين إلى بلدة تالش بعد توقف القتال.", ("other", "mentioned")),
    ("وعاد مئات النازحين إلى بلدة تالش بعد توقف القصف.", ("other", "mentioned")),
    ("وسيجعل ذلك بلدة تالش في مرمى المدفعية.", ("other", "mentioned")),
    ("وتقع بلدة تالش على بعد نحو 15 كيلومترا من خط الجبهة.", ("other", "mentioned")),
    ("وتدور المعارك على خط الجبهة قرب بلدة تالش.", ("clash", "front")),
    ("وأطلق العدو النار على بلدة تالش.", ("strike", "shelling")),
    ("ودعا إلى وقف إطلاق النار في بلدة تالش.", ("other", "mentioned")),
    ("وقصفت القوات بلدة تالش بعد توقف الهدنة.", ("strike", "shelling")),
    ("وقصفت القوات بلدة تالش بعد انتهاء الهدنة.", ("strike", "shelling")),
    ("واندلعت المعارك في بلدة تالش.", ("clash", "fighting")),
    # the front or axis villages lie on: the deed before them decides
    ("وقالت الوزارة إن قواتها حررت قرى جديدة في محور تالش.", ("control", "liberated")),
    ("وأعلنت الوزارة تحرير 13 قرية من الاحتلال الأرميني في محاور تالش وباء.", ("control", "liberated")),
    ("وقصفت القوات قرى على جبهة تالش.", ("strike", "shelling")),
    ("وتدور معارك عنيفة على محور تالش.", ("clash", "axis")),
    # pledged, planned, warned of or supposed: nothing happened there, nor is it claimed to
    ("وتعهد الرئيس بتحرير بلدة تالش قريبا.", ("other", "prospect")),
    # or a deed's verb in the future: the prefix س on it
    ("وسنحرر بلدة تالش قريبا.", ("other", "prospect")),
    ("وقال إن الجيش سيدخل بلدة تالش.", ("other", "prospect")),
    # or what must be done
    ("وقال إنه يجب تحرير بلدة تالش.", ("other", "prospect")),
    ("ولابد من استرداد بلدة تالش.", ("other", "prospect")),
    # or what a side gets ready to do
    ("الجيش الأذربيجاني يستعد لدخول بلدة تالش.", ("other", "prospect")),
    ("وأعلنت أرمينيا استعدادها لتسليم بلدة تالش.", ("other", "prospect")),
    ("وحررت القوات بلدة باء، وستحرر بلدة تالش قريبا.", ("other", "prospect")),
    ("وسيطر الجيش على بلدة تالش.", ("control", "captured")),
    ("وأكد أن الجيش عازم على استعادة بلدة تالش.", ("other", "prospect")),
    ("وقال إنهم مصممون على دخول بلدة تالش.", ("other", "prospect")),
    ("وحذرت الوزارة من سقوط بلدة تالش.", ("other", "prospect")),
    ("وهددت القوات بقصف بلدة تالش.", ("other", "prospect")),
    ("وقال إنه في حال قصف بلدة تالش فإن الرد سيكون قاسيا.", ("other", "prospect")),
    ("وقال إن تحرير بلدة تالش مسألة وقت.", ("other", "prospect")),
    # asked, or what a side could do
    ("هل تسقط بلدة تالش؟", ("other", "prospect")),
    ("ويتساءل مراقبون عما إذا كانت القوات قادرة على السيطرة على بلدة تالش.", ("other", "prospect")),
    ("وقال إن الجيش يستطيع دخول بلدة تالش.", ("other", "prospect")),
    ("وقال إن الجيش استطاع دخول بلدة تالش.", ("control", "entered")),
    # "we repelled": the doubled root's first person
    ("وقال: لقد صددنا هجوما كبيرا قرب بلدة تالش.", ("clash", "defence")),
    # what a deed would mean: weighed, not done, nor anything the meaning names
    ("ويرى محللون أن السيطرة على بلدة تالش تعني عمليا قطع الطريق.", ("other", "prospect")),
    ("ويرى محللون أن السيطرة على المرتفعات تعني قطع الطريق بين بلدة تالش وباء.", ("other", "prospect")),
    # ... or would be or do: the deed the subject of a verb in the future, past an apposition too
    ("ويرى مراقبون أن استعادة بلدة تالش ستشكل ضربة قاسية للانفصاليين.", ("other", "prospect")),
    ("ويعتقد خبراء أن السيطرة على بلدة تالش، كبرى بلدات المنطقة، ستكون نقطة تحول.", ("other", "prospect")),
    ("وقال إن دخول بلدة تالش سيفتح الطريق إلى الشمال.", ("other", "prospect")),
    ("ويرى محللون أن السيطرة على المرتفعات ستمكن الجيش من قطع الطريق بين بلدة تالش وباء.", ("other", "prospect")),
    # ... or is called an aim, past an apposition too; what it "represents" otherwise was done
    ("ويرى محللون أن السيطرة على بلدة تالش، التي تربط الإقليم بالجنوب، تمثل هدفا استراتيجيا للجيش.",
     ("other", "prospect")),
    ("ويرى مراقبون أن استعادة بلدة تالش تعد أولوية للجيش.", ("other", "prospect")),
    ("وقال إن تحرير بلدة تالش يمثل انتصارا تاريخيا.", ("control", "liberated")),
    # what a deed done will remain, and a side going on after it, are no prospect
    ("وقال إن تحرير بلدة تالش سيبقى في ذاكرة الشعب.", ("control", "liberated")),
    ("وسيطرت القوات على بلدة تالش، وستواصل تقدمها نحو الشمال.", ("control", "captured")),
    ("وحرر الجيش بلدة تالش التي ستكون منطلقا للهجوم.", ("control", "liberated")),
    # a control cue in a fronted circumstance, a comma closing it, is no deed of the main clause's places
    ("وقبل انسحابهم، أحرق سكان أرمن منازلهم في بلدة تالش.", ("other", "mentioned")),
    ("وبعد سيطرة القوات على المرتفعات، قصفت المدفعية بلدة تالش.", ("strike", "artillery")),
    ("وبعد انسحاب القوات الأرمينية، دخل الجيش الأذربيجاني بلدة تالش.", ("control", "entered")),
    ("وبعد معارك عنيفة، حرر الجيش بلدة تالش.", ("control", "liberated")),
    # operations towards a place: an offensive on the ground
    ("وقال إن الجيش يواصل عملياته الناجحة في اتجاه بلدة تالش.", ("clash", "offensive")),
    ("وتتواصل العمليات باتجاه بلدة تالش.", ("clash", "offensive")),
    # attempted and failed: fought for, not taken; managed: taken
    ("وفشلت القوات الأذربيجانية في السيطرة على بلدة تالش.", ("clash", "contested")),
    ("ولم تتمكن القوات من دخول بلدة تالش رغم القصف.", ("clash", "contested")),
    ("وعجزت القوات عن اقتحام بلدة تالش.", ("clash", "contested")),
    ("وتمكنت القوات من دخول بلدة تالش.", ("control", "entered")),
    # sought or aimed at: fought for, not taken
    ("وتسعى القوات الأذربيجانية إلى السيطرة على بلدة تالش.", ("clash", "contested")),
    ("ويهدف الهجوم إلى استعادة بلدة تالش.", ("clash", "contested")),
    # what a deed would open the way to: a prospect; a way opened to those who then did it: done
    ("وقد يفتح ذلك الطريق أمام السيطرة على بلدة تالش.", ("other", "prospect")),
    ("وتمهد السيطرة على المرتفعات الطريق أمام تحرير بلدة تالش.", ("other", "prospect")),
    ("وفتح الجيش الطريق أمام القوات فدخلت بلدة تالش.", ("control", "entered")),  # guard
    # tried, its subject and a time between: fought for, not taken
    ("وتحاول القوات الأذربيجانية منذ أيام اقتحام بلدة تالش.", ("clash", "contested")),
    ("وحاولت القوات الأرمينية مرارا استعادة بلدة تالش لكنها فشلت.", ("clash", "contested")),
    # the lam of "of" after footage, or after what it is said to be: the entry filmed, done
    ("وبث التلفزيون مشاهد قال إنها لدخول الجيش إلى بلدة تالش.", ("control", "entered")),
    ("ونشرت الوزارة مشاهد لدخول الجيش إلى بلدة تالش.", ("control", "entered")),
    # guard (passes on the code before): the lam of purpose after an attack
    ("وشنت القوات هجوما مضادا لاستعادة بلدة تالش.", ("clash", "contested")),
    # the Armenians driven out, named as a people: taken
    ("ونجحت القوات في طرد الأرمن من بلدة تالش بعد معارك عنيفة.", ("control", "captured")),
    # a pledge in a clause of its own leaves the deed after it a deed
    ("وتعهد الرئيس بالنصر، وحرر الجيش بلدة تالش.", ("control", "liberated")),
    # words that begin as the conditionals do are no condition: إذاعة (radio), لوري (a province)
    ("وقالت إذاعة يريفان إن القوات قصفت بلدة تالش.", ("strike", "shelling")),
    ("وقال محافظ لوري إن القوات قصفت بلدة تالش.", ("strike", "shelling")),
])
def test_the_words_around_a_cue_say_whether_its_deed_was_done_there(sentence, expected):
    """The fighting as a time, the front villages lie on, a pledge, a condition, an aim."""
    got = kind_of_mention(sentence, "تالش")
    assert (got.type, got.sub_type) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("انسحبت القوات الأرمينية من بلدة هادروت بعد معارك عنيفة.", ("control", "lost")),
    ("أعلن الجيش دخول قرية هادروت إثر انسحاب القوات منها.", ("control", "entered")),
    ("قصفت القوات بلدة هادروت خلال المعارك.", ("strike", "shelling")),
])
def test_a_cue_after_the_place_introduced_by_after_is_the_circumstance_not_the_deed(sentence, expected):
    """"من بلدة X بعد معارك": what came before; the verb before the place (at any distance) decides."""
    got = kind_of_mention(sentence, "هادروت", "village")
    assert (got.type, got.sub_type) == expected


@pytest.mark.parametrize(("sentence", "name"), [
    ("سيطرت القوات على الطريق الرابط بين شوشة ولاتشين.", "شوشة"),
    ("سيطرت القوات على الطريق الرابط بين شوشة ولاتشين.", "لاتشين"),
    ("سيطر الجيش على الطريق المؤدي إلى مدينة شوشة.", "شوشة"),
])
def test_a_road_taken_between_or_to_places_is_no_capture_of_them(sentence, name):
    got = kind_of_mention(sentence, name)
    assert (got.type, got.sub_type) == ("clash", "advance")
    assert kind_at("سيطر الجيش على مدينة شوشة.", "شوشة").type == "control"


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("ويرى خبراء أن السيطرة على مدينة زنغيلان تفتح الطريق أمام الجيش الأذربيجاني نحو مدينة قوبادلي.",
     "قوبادلي", ("other", "prospect")),
    ("ويرى خبراء أن السيطرة على مدينة زنغيلان تفتح الطريق أمام الجيش الأذربيجاني نحو مدينة قوبادلي.",
     "زنغيلان", ("control", "captured")),
    ("وقال إن تحرير هادروت يمهد الطريق إلى شوشة.", "شوشة", ("other", "prospect")),
    ("وقال إن تحرير هادروت يمهد الطريق إلى شوشة.", "هادروت", ("control", "liberated")),
])
def test_a_way_a_deed_opens_towards_a_place_is_no_deed_there(sentence, name, expected):
    got = kind_of_mention(sentence, name)
    assert (got.type, got.sub_type) == expected


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("واستهدف الجيش رتلا عسكريا على الطريق بين شوشة ولاتشين.", "شوشة", "other"),
    ("واستهدف الجيش رتلا عسكريا على الطريق بين شوشة ولاتشين.", "لاتشين", "other"),
    ("وقصفت القوات الطريق المؤدي إلى مدينة شوشة.", "شوشة", "other"),
    # the town itself, or positions near it, struck
    ("وقصفت القوات مدينة شوشة.", "شوشة", "strike"),
    ("وقصفت القوات مواقع قرب مدينة شوشة.", "شوشة", "strike"),
])
def test_a_road_struck_between_or_to_places_is_no_strike_on_them(sentence, name, expected):
    assert kind_of_mention(sentence, name).type == expected


@pytest.mark.parametrize(("sentence", "name"), [
    ("قصفت القوات بلدة مارتوني الواقعة جنوب شرق ستيباناكيرت.", "ستيباناكيرت"),
    ("حرر الجيش قرية سيسولان القريبة من مدينة أغدره.", "أغدره"),
    ("قصف الجيش قرية تاليش التي تقع على بعد 10 كيلومترات من ترتر.", "ترتر"),
    ("حررت القوات قرية جوجوغ الواقعة على الطريق بين جبرائيل وزنغيلان.", "جبرائيل"),
    ("حررت القوات قرية جوجوغ الواقعة على الطريق بين جبرائيل وزنغيلان.", "زنغيلان"),
    ("قصف الجيش بلدة مارتاكرت الواقعة على طريق أغدره.", "أغدره"),
    # the ends of a road the place lies near
    ("دخل الجيش بلدة دوداكتشي القريبة من طريق هادروت - شوشا.", "هادروت"),
    ("دخل الجيش بلدة دوداكتشي القريبة من طريق هادروت - شوشا.", "شوشا"),
    ("دخل الجيش بلدة دوداكتشي القريبة من طريق لاتشين.", "لاتشين"),
    # the district the places before it lie in, said after them
    ("حرر الجيش قرية جوجوغ وقرية سيرك، وهي قرى في محافظة جبرائيل.", "جبرائيل"),
    ("حرر الجيش قرية جوجوغ وقرية سيرك، وتقع جميعها في منطقة جبرائيل.", "جبرائيل"),
    ("حرر الجيش قرية جوجوغ وقرية سيرك، وكلها في جبرائيل.", "جبرائيل"),
])
def test_a_place_that_only_says_where_another_lies_is_a_reference_point(sentence, name):
    assert kind_of_mention(sentence, name).sub_type == "locator"
    first = sentence.split()[3]  # the place the deed was done to keeps it
    assert kind_of_mention(sentence, first).type in ("strike", "control")


def test_the_nearest_cue_decides_when_a_sentence_holds_two_events():
    sentence = "واصل الجيش قصف القرى، حيث تابع تقدمه الميداني نحو مدينة شوشه."
    assert kind_at(sentence, "شوشه").type == "clash"
    assert kind_at("قصفت القوات مدينة شوشه بعد معارك استمرت يومين.", "شوشه").type == "strike"


def test_front_cue_alone_is_a_clash():
    assert kind_at("الوضع في جبهة آغدره هادئ.", "آغدره", "front").type == "clash"


@pytest.mark.parametrize(
    ("subject", "side", "role"),
    [
        ("وزارة الدفاع الأرمينية", "armenian", "defence ministry"),
        ("وزارة الدفاع الأذربيجانية", "azerbaijani", "defence ministry"),
        ("النيابة العامة الأذربيجاينة", "azerbaijani", "prosecutor"),  # the press's own typo
        ("الرئيس الأذري", "azerbaijani", "president"),
        ("رئيس وزراء أرمينيا", "armenian", "president"),
        ("المدافع عن حقوق الإنسان في كاراباخ", "armenian", "human rights defender"),
        ("منظمة العفو الدولية", "third_party", "NGO"),
        ("الكرملين", "third_party", "third party"),
        ("صحيفة لوموند الفرنسية", "media", "newspaper"),
        ("وكالة الأناضول", "media", "news agency"),
    ],
)
def test_claimant_side(subject, side, role):
    who = claimant_from(normalize(subject))
    assert (who.side, who.role) == (side, role)


def test_attribution_takes_the_nearest_reporting_verb_before_the_place():
    norm = normalize("قالت أرمينيا إن القصف تواصل، بينما أعلنت وزارة الدفاع الأذربيجانية سيطرتها على قرية سوس.")
    found = attribution(norm, norm.index("سوس"))
    assert claimant_from(found.subject).side == "azerbaijani"
    early = attribution(norm, norm.index("القصف"))
    assert claimant_from(early.subject).side == "armenian"


def test_an_agency_quoting_an_official_is_the_officials_claim():
    who = claimant_from(normalize("وكالة رويترز عن مسؤول أرميني"))
    assert who.side == "armenian"
    assert claimant_from(normalize("وكالة رويترز")).side == "media"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("أعلنت وزارة الدفاع في ناغورني قره باغ، صباح اليوم، أن القوات قصفت بلدة مارتوني.",
         "armenian"),
        ("أفادت اللجنة الدولية للصليب الأحمر بأن قصفا طال مدينة ترتر.", "third_party"),
        ("أكد مكتب المدعي العام الأذربيجاني أن صاروخا سقط على مدينة ترتر.", "azerbaijani"),
        ("أفاد مراسل الجزيرة بقصف عنيف على مدينة ترتر.", "media"),
        ("وقال طاقم تلفزيون الوكالة في المدينة إن وسط مدينة ترتر يتعرض للقصف.", "media"),
        ("أعلنت يريفان نفيها صحة تصريح الرئيس الأذربيجاني بالسيطرة على مدينة ترتر.", "azerbaijani"),
        ("نفت الوزارة الأرمينية مزاعم أذربيجان بقصف مدينة ترتر.", "azerbaijani"),
        # the present, as headlines write it
        ("وزارة الدفاع الأذربيجانية تؤكد أن القوات الأرمينية قصفت مدينة ترتر", "azerbaijani"),
        ("يقول المتحدث باسم الجيش الأرميني إن القوات صدت هجوما قرب بلدة مارتوني.", "armenian"),
        ("أرمينيا تتهم أذربيجان بقصف بلدة مارتوني", "armenian"),
    ],
)
def test_claimant_of_the_sentence(sentence, side):
    norm = normalize(sentence)
    found = attribution(norm, norm.index(normalize("ترتر" if "ترتر" in sentence else "مارتوني")))
    assert claimant_from(found.subject).side == side


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("تواصل القوات إطلاق النار على مناطق سكنية في مدينة ألف", "strike"),
        ("تعرضت مدينة ألف للقصف ليلا", "strike"),
        ("دعا الوسطاء إلى وقف إطلاق النار على الفور في مدينة ألف", "other"),
    ],
)
def test_firing_on_a_place_is_a_strike_and_a_ceasefire_is_not(sentence, expected):
    norm = normalize(sentence)
    assert classify(norm, norm.index(normalize("ألف"))).type == expected


@pytest.mark.parametrize("sentence", [
    "سعت القوات للهجوم على مواقعها حول مدينة ألف",
    # a place's surroundings or outskirts attacked: fighting on the ground around it
    "وبحسب الوزارة، فإن الهجوم تركز على محيط قرى ألف وباء",
    "وشنت الوحدات هجمات على أطراف مدينة ألف",
    "وهاجمت القوات محيط بلدة ألف بالدبابات",
])
def test_an_assault_on_positions_is_a_clash_not_a_strike(sentence):
    norm = normalize(sentence)
    assert classify(norm, norm.index(normalize("ألف"))).type == "clash"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وقال إن القوات صدت هجوما على المحور، وأن الطريق بين مدينة ألف وباء لا يزال مفتوحا.", "other"),
    ("وقال إن القوات صدت هجوما على المحور، مضيفا أن الوضع في مدينة ألف هادئ.", "other"),
    ("وقال إن القوات قصفت مدينة باء، وإن مدينة ألف تعرضت لقصف أيضا.", "strike"),  # its own cue, after it
    ("وقالت الوزارة، في بيان، إن القوات قصفت مدينة ألف.", "strike"),  # the first that-clause holds the cue
])
def test_a_further_that_clause_is_a_new_claim_out_of_reach_of_the_cues_before_it(sentence, expected):
    assert kind_at(sentence, "ألف").type == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وقالت الوزارة إن القوات هاجمت قرية ألف فجرا.", ("strike", "attack")),  # as هجوم على قرية ألف
    ("هاجمت الطائرات المسيرة مدينة ألف.", ("strike", "drone")),
    ("وقالت الوزارة إن القوات هاجمت في اتجاه قرى ألف وباء.", ("clash", "offensive")),  # towards: on the ground
    ("وقالت الوزارة إن القوات هاجمت مواقع قرب قرية ألف.", ("clash", "assault")),
    ("وهاجم الرئيس ألف وقال إنها منحازة.", ("other", "mentioned")),  # words, not fire
])
def test_attacking_a_settlement_is_a_strike_and_towards_one_an_offensive(sentence, expected):
    kind = kind_at(sentence, "ألف")
    assert (kind.type, kind.sub_type) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "قصفت المدفعية قرية تالش ثم واصلت القصف الجوي والقصف المدفعي لمواقع قرب سوسانلي.",
        "صدت القوات هجوما على مواقعها واستعادت السيطرة على قريتين بعد اشتباكات ومعارك.",
        "Drones and missiles hit the town; shelling and fighting went on, cluster bombs fell.",
        "لا شيء هنا سوى خبر عن الطقس.",
    ],
)
def test_the_one_scan_finds_every_cue_each_pattern_finds_on_its_own(sentence):
    """Cues are found by one scan for where any begins; the result must be what each cue's
    own finditer gives, overlapping cues of different kinds included ("صدت القوات هجوما على"
    holds an attack inside a defence)."""
    from geo.claims import RULES, _cues_in

    norm = normalize(sentence)
    alone = sorted((m.start(), m.end(), kind, sub, m.group(0))
                   for regex, kind, sub in RULES.cues for m in regex.finditer(norm))
    assert sorted(_cues_in(norm)) == alone
    assert bool(alone) == (sentence != "لا شيء هنا سوى خبر عن الطقس.")


def test_a_verb_joined_by_waw_after_the_place_begins_a_new_clause():
    norm = normalize("لقد حررنا قرية تالش وقصفنا مواقع العدو في ألف.")
    start = norm.index(normalize("تالش"))
    kind = classify(norm, start, "village", len(normalize("تالش")))  # measured from the name's end
    assert (kind.type, kind.sub_type) == ("control", "liberated")


def _nearest_by_scanning(cues, position: int, after: int):
    """The rule as first written: every cue scored, the minimum kept (the oracle for the index);
    a cue after the mention that opens with و (a new clause) only when none ends before it; a cue
    wrapping the mention before all, the one reaching farthest."""
    wrapping = [i for i, (start, end, _, _, _) in enumerate(cues) if start < position and end >= after > position]
    if wrapping:
        return min(wrapping, key=lambda i: (-cues[i][1], cues[i][0], i))
    later = [i for i, (start, _, _, _, _) in enumerate(cues) if start >= after]
    first_later = min(later, key=lambda i: (cues[i][0], i)) if later else None
    coordinated = first_later is not None and cues[first_later][4][:1] in ("و", "ف")
    any_before = any(end <= position for _, end, _, _, _ in cues)
    hits = [(position - end if end <= position else (start - after) * 3, start, i)
            for i, (start, end, _, _, _) in enumerate(cues)
            if not (coordinated and any_before and start >= after)]
    return min(hits, key=lambda h: (h[0] < 0, abs(h[0]), h[1]))[2]


@pytest.mark.parametrize(
    "sentence",
    [
        "قصفت المدفعية قرية تالش ثم واصلت القصف الجوي والقصف المدفعي لمواقع قرب سوسانلي وحرر الجيش قرية كاراكند.",
        "صدت القوات هجوما على مواقعها واستعادت السيطرة على قريتين بعد اشتباكات ومعارك وقصف مدفعي.",
        "اشتباكات قصف صواريخ تحرير قرية تالش قرية سوسانلي اشتباكات قصف",
    ],
)
def test_the_nearest_cue_is_found_by_bisection_as_by_scanning_every_cue(sentence):
    """Every mention position and length, including mentions overlapping cues and ties."""
    from geo.claims import _cue_index

    norm = normalize(sentence)
    index = _cue_index(norm)
    assert len(index.found) >= 3
    for position in range(len(norm) + 1):
        for length in (0, 3, 8):
            after = min(position + length, len(norm))
            assert index.nearest(position, after) == _nearest_by_scanning(index.found, position, after)


def test_a_cue_wrapping_the_mention_is_its_own_phrase():
    # "سقوط بلدة X في يد" holds the name: fighting named after it concerns the area, not the claim
    sentence = normalize("نفت الوزارة الأنباء عن سقوط بلدة تالش في يد القوات، مؤكدة أن المعارك مستمرة.")
    got = classify(sentence, sentence.index("تالش"), "village", len("تالش"))
    assert (got.type, got.sub_type) == ("control", "captured")


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    # the place opens a clause after "، وأن": the cue of that clause speaks, not the one before it
    ("وقال المتحدث إن المعارك مستمرة على طول الجبهة، وأن مدينة مارتوني تعرضت لقصف صاروخي.", "مارتوني",
     ("strike", "missile")),
    ("أكدت الوزارة أن القوات قصفت مواقع العدو، فيما قرية تالش شهدت اشتباكات عنيفة.", "تالش", ("clash", "fighting")),
    # the cue before ends on the comma itself ("تصدت لكل الهجمات،"): the that-clause still parts them
    ("وتقول أرمينيا إن قواتها تصدت لكل الهجمات، وإن مدينة مارتوني تتعرض لقصف شبه يومي.", "مارتوني",
     ("strike", "shelling")),
    # a clause of its own with no cue after the place: the cue before still speaks
    ("قصفت القوات مدينة ترتر، كما مدينة بردعة.", "بردعة", ("strike", "shelling")),
    # a verb joined by و after the place begins yet another clause: the cue before stays
    ("تواصلت المعارك، فيما قرية تالش وقصفت المدفعية مواقع أخرى.", "تالش", ("clash", "fighting")),
])
def test_a_place_opening_a_new_clause_takes_the_cue_of_its_clause(sentence, name, expected):
    kind = kind_at(sentence, name, "village")
    assert (kind.type, kind.sub_type) == expected


@pytest.mark.parametrize(("sentence", "name", "cue", "expected"), [
    # the only event word is past a new clause: it is that clause's; an axis alone is fighting,
    # operations towards it an offensive
    ("وقالت إن قواتها منتشرة في اتجاه لاتشين، وإن الجيش قصف مدينة بردعة.", "لاتشين", "axis",
     ("clash", "axis")),
    ("وقالت إن قواتها تواصل عملياتها في اتجاه لاتشين، وإن الجيش قصف مدينة بردعة.", "لاتشين", "axis",
     ("clash", "offensive")),
    ("وزار الوزير قرية تالش، فيما قصفت المدفعية مواقع أخرى.", "تالش", "village", ("other", "mentioned")),
    # a contrast opens a clause too, لكن with its comma or without
    ("وأوضحت أن الوضع في شوشي هادئ نسبيا، لكن القصف طال بلدة مارتاكيرت.", "شوشي", "", ("other", "mentioned")),
    ("وأوضحت أن الوضع في شوشي هادئ نسبيا ولكن القصف طال بلدة مارتاكيرت.", "شوشي", "", ("other", "mentioned")),
    ("رغم توصل باكو ويريفان إلى هدنة، إلا أن المعارك تتواصل على الجبهة.", "يريفان", "", ("other", "mentioned")),
])
def test_an_event_word_in_the_next_clause_does_not_classify_the_place(sentence, name, cue, expected):
    kind = kind_at(sentence, name, cue)
    assert (kind.type, kind.sub_type) == expected


def test_an_attack_repelled_by_forces_named_at_length_is_a_defence_where_they_stand():
    kind = kind_at("وصدت قوات الدفاع الذاتي في مقاطعة مارتوني هجوما للجيش الأذربيجاني.", "مارتوني", "district")
    assert (kind.type, kind.sub_type) == ("clash", "defence")


@pytest.mark.parametrize("pointer", ["وأوضحت أن بين هذه القرى:", "ومن بين تلك البلدات", "وتضم هذه المناطق",
                                     "وهذه القرى هي"])
def test_villages_listed_after_a_demonstrative_take_the_claim_of_the_sentence_before(gaz, tabs, pointer):
    from geo.extract import extract

    text = (f"عنوان\n\nأعلنت وزارة الدفاع الأذربيجانية أن قواتها سيطرت على قرى عدة في منطقة قبادلي. "
            f"{pointer} خانليغ، وموراتلي.\n")
    kinds = {e.mention: (e.event_type, e.claimant_side) for e in extract(text, gaz, tabs).events}
    assert kinds["خانليغ"] == kinds["موراتلي"] == ("control", "azerbaijani")


def test_villages_the_published_list_holds_take_its_claim_and_its_districts_locate_them(gaz, tabs):
    """"نشرت الوزارة قائمة بالقرى التي حررها الجيش. وتضم القائمة في منطقة D: قرى X وY." and the
    line going on "وفي منطقة E: قرى Z": the list's villages are the publisher's claim; the
    districts before the colons locate them, no events of their own."""
    from geo.extract import extract

    text = ("عنوان\n\nنشرت وزارة الدفاع الأذربيجانية قائمة بأسماء القرى التي قالت إن الجيش حررها.\n\n"
            "وتضم القائمة في منطقة قوبادلي: قرى خانليغ، وموراتلي.\n\n"
            "وفي منطقة جبرائيل: قرى كارخولو، وشوكوربيلي.\n")
    events = {e.mention: e for e in extract(text, gaz, tabs).events}
    assert {name: (events[name].event_type, events[name].claimant_side)
            for name in ("خانليغ", "موراتلي", "كارخولو", "شوكوربيلي")} \
        == dict.fromkeys(("خانليغ", "موراتلي", "كارخولو", "شوكوربيلي"), ("control", "azerbaijani"))
    assert "قوبادلي" not in events and "جبرائيل" not in events


@pytest.mark.parametrize("reads", ["وجاء في القائمة: قرى خانليغ، وموراتلي.", "وشملت القائمة قرى خانليغ، وموراتلي.",
                                   "وورد في اللائحة: القرى خانليغ، وموراتلي."])
def test_what_the_published_list_reads_takes_its_claim(gaz, tabs, reads):
    from geo.extract import extract

    text = f"عنوان\n\nنشرت وزارة الدفاع الأذربيجانية قائمة بأسماء القرى التي حررها الجيش.\n\n{reads}\n"
    events = {e.mention: (e.event_type, e.claimant_side) for e in extract(text, gaz, tabs).events}
    assert events["خانليغ"] == events["موراتلي"] == ("control", "azerbaijani")


@pytest.mark.parametrize("reads", ["وتضم القائمة جنودا من قرى تاغافارد وسوس.",
                                   "وجاء في القائمة جنود من قرى تاغافارد وسوس."])
def test_villages_the_list_of_the_dead_names_take_no_claim_from_it(gaz, tabs, reads):
    """"نشرت الوزارة قائمة بقتلى قواتها. وتضم القائمة جنودا من قرى X وY": the soldiers' villages,
    no places the list claims anything of."""
    from geo.extract import extract

    text = ("عنوان\n\nنشرت وزارة الدفاع في الإقليم قائمة جديدة بقتلى قواتها في المعارك.\n\n"
            f"{reads}\n")
    assert {e.event_type for e in extract(text, gaz, tabs).events if e.mention in ("تاغافارد", "سوس")} == {"other"}


def test_a_demonstrative_list_with_an_event_of_its_own_keeps_it(gaz, tabs):
    from geo.extract import extract

    text = ("عنوان\n\nأعلنت وزارة الدفاع الأذربيجانية أن قواتها سيطرت على قرى عدة في منطقة قبادلي. "
            "وتعرضت هذه القرى لقصف مدفعي، ومنها خانليغ.\n")
    (village,) = [e for e in extract(text, gaz, tabs).events if e.mention == "خانليغ"]
    assert village.event_type == "strike"


def test_numbered_villages_under_a_published_list_take_its_claim_and_publisher(gaz, tabs):
    from geo.extract import extract

    text = ("عنوان\n\nنشرت وزارة الدفاع الأذربيجانية أسماء القرى التي حررها الجيش اليوم:\n"
            "1. قرية كارخولو\n2. قرية شوكوربيلي\n")
    events = [e for e in extract(text, gaz, tabs).events if e.mention in ("كارخولو", "شوكوربيلي")]
    assert [(e.event_type, e.claimant) for e in events] == [("control", "وزارة الدفاع الأذربيجانية")] * 2


def test_places_after_a_demonstrative_with_no_list_of_them_keep_their_own_reading(gaz, tabs):
    from geo.extract import extract

    text = "عنوان\n\nحرر الجيش قرى عدة في جبرائيل. ويعيش في هذه القرى سكان نزحوا من مدينة فضولي.\n"
    (fuzuli,) = [e for e in extract(text, gaz, tabs).events if e.mention == "فضولي"]
    assert fuzuli.event_type == "other"  # displaced from it, not liberated


@pytest.mark.parametrize(("text", "name", "place", "kind"), [
    ("اندلعت اشتباكات عنيفة بين أذربيجان وأرمينيا قرب جسر خدا آفرين.", "أذربيجان", "خدا آفرين", "clash"),
    ("دخلت القوات منطقة كلبجار بعد أن سلمتها أرمينيا بموجب اتفاق رعته موسكو.", "موسكو", "كلبجار", "control"),
    ("وقال المتحدث باسم رئيس آرتساخ إن القصف طال مدينة شوشي.", "آرتساخ", "شوشي", "strike"),
    ("تعرضت عاصمة آرتساخ ستيباناكيرت لقصف صاروخي.", "آرتساخ", "ستيباناكيرت", "strike"),
])
def test_a_country_or_the_whole_region_is_no_place_of_an_event(gaz, tabs, text, name, place, kind):
    from geo.extract import extract

    events = {e.mention: e for e in extract(f"عنوان\n\n{text}\n", gaz, tabs).events}
    assert (events[name].event_type, events[name].sub_type) == ("other", "country or region")
    assert events[place].event_type == kind


@pytest.mark.parametrize(("text", "first", "kind"), [
    ("قصفت القوات قرية تاليش شمال مدينة ترتر.", "تاليش", "strike"),
    ("قصفت القوات قرية تاليش قرب مدينة ترتر.", "تاليش", "strike"),
    ("أعلنت الوزارة السيطرة على قرى في منطقة فضولي جنوب غربي ترتر.", "فضولي", "control"),
])
def test_a_place_named_by_its_direction_from_the_one_before_is_a_reference_point(gaz, tabs, text, first, kind):
    from geo.extract import extract

    events = {e.mention: e for e in extract(f"عنوان\n\n{text}\n", gaz, tabs).events}
    assert events[first].event_type == kind
    assert (events["ترتر"].event_type, events["ترتر"].sub_type) == ("other", "locator")


def test_fighting_in_a_direction_from_a_place_is_there(gaz, tabs):
    from geo.extract import extract

    (town,) = extract("عنوان\n\nتدور اشتباكات عنيفة جنوب مدينة ترتر.\n", gaz, tabs).events
    assert town.event_type == "clash"


def test_a_front_region_is_where_fighting_is(gaz, tabs):
    from geo.extract import extract

    (valley,) = extract("عنوان\n\nتتواصل المعارك في وادي نهر أراكس.\n", gaz, tabs).events
    assert valley.event_type == "clash"


@pytest.mark.parametrize("sentence", ["The town of Shushi was also hit.", "Stepanakert is under heavy rocket fire.",
                                      "Civilian houses in Tartar were targeted overnight."])
def test_an_english_tweets_town_hit_or_under_fire_is_struck(sentence):
    name = next(word for word in ("Shushi", "Stepanakert", "Tartar") if word in sentence)
    assert kind_at(sentence, name).type == "strike"


def test_a_control_claim_is_placed_in_karabakh_and_the_seven_districts_or_left_unplaced(gaz, tabs):
    """Ground changed hands only there: a freed village whose only close spelling is a village of
    the north (Baxışlı, Xızı) is left unplaced; shelled, it may be that village."""
    from geo.extract import extract

    def place_of(text: str) -> tuple[str, bool]:
        (event,) = [e for e in extract(text, gaz, tabs).events if e.mention == "باخشيلي"]
        return event.event_type, event.on_map

    assert place_of("عنوان\n\nأعلن علييف أن الجيش حرر قرية باخشيلي.\n") == ("control", False)
    assert place_of("عنوان\n\nقصفت القوات قرية باخشيلي.\n") == ("strike", True)


def test_a_control_claim_on_a_namesake_elsewhere_takes_the_close_spelling_in_the_war_zone(gaz, tabs):
    """Mehdili of Barda ranked first (by the list-mates around it, say), Mehdili of Jabrayil
    spelled as well: a liberation is Jabrayil's; a place the text spells as its record does stays
    where the text put it."""
    from dataclasses import replace

    from geo.locate import Located, within_the_war_zone
    from geo.mentions import Mention
    from geo.resolve import Candidate

    def named(name: str, admin1: str):
        return next(p for p in gaz.places.values() if p.name == name and p.admin1 == admin1)

    barda, jabrayil = named("Mehdili", "AZ.11"), named("Mehdili", "AZ.14")
    mention = Mention(text="مهديلي", start=0, end=6, kind="place", route="cue")
    elsewhere = Located(mention, barda.id, barda.name, barda.admin1, barda.admin1_name, "AZ", barda.lat, barda.lon,
                        "place", 0.9, "theatre", "", (Candidate(barda, 100.0, 110.0, "Mehdili"),
                                                      Candidate(jabrayil, 100.0, 105.0, "Mehdili")))
    assert within_the_war_zone(elsewhere, tabs).place_id == jabrayil.id
    as_recorded = replace(elsewhere, candidates=(Candidate(barda, 100.0, 110.0, "مهديلي"),
                                                 *elsewhere.candidates[1:]))
    assert within_the_war_zone(as_recorded, tabs).place_id == barda.id


@pytest.mark.parametrize(("sentence", "expected"), [
    # the official's town named again by its kind: what the claim tells of it happened there
    ("وقال رئيس بلدية ستيباناكيرت إن المدينة تعرضت لقصف عنيف.", "strike"),
    ("وقال رئيس بلدية مدينة ستيباناكيرت إن القصف على المدينة لم يتوقف منذ أسبوع.", "strike"),
    # named again with nothing done to it, or not named again: the office only
    ("وقال رئيس بلدية ستيباناكيرت إن المدينة بحاجة إلى مساعدات.", "other"),
    ("وقال رئيس بلدية ستيباناكيرت إن القصف طال مدينة شوشي.", "other"),
    # a province's governor: "the village" is one of its villages, not the province
    ("وقال حاكم مقاطعة سيونيك إن القصف على القرية أدى إلى إصابة مدني.", "other"),
])
def test_an_officials_town_named_again_in_the_claim_is_where_it_happened(gaz, tabs, sentence, expected):
    from geo.extract import extract

    (office,) = [e for e in extract(f"عنوان\n\n{sentence}\n", gaz, tabs).events
                 if e.mention in ("ستيباناكيرت", "سيونيك")]
    assert office.event_type == expected


def _claims_on(text: str, name: str, gaz, tabs) -> list[tuple[str, str]]:
    from geo.extract import extract

    return [(e.event_type, e.claimant_side) for e in extract(f"عنوان\n\n{text}\n", gaz, tabs).events
            if e.mention == name]


@pytest.mark.parametrize(("text", "expected"), [
    # a deed on a pronoun that refers back to the place: a second claim, of whoever announced it
    ("قالت يريفان إن القوات الأرمينية تحتفظ بمواقعها في بلدة تالش رغم إعلان باكو السيطرة عليها.",
     [("other", "armenian"), ("control", "azerbaijani")]),
    ("وأكدت وزارة الدفاع الأرمينية أن المعارك مستمرة في محيط بلدة تالش، التي أعلن علييف تحريرها أمس.",
     [("clash", "armenian"), ("control", "azerbaijani")]),
    ("أعلنت باكو السيطرة على بلدة تالش، فيما قالت يريفان إن المعارك مستمرة فيها.",
     [("control", "azerbaijani"), ("clash", "armenian")]),
    ("أعلنت باكو السيطرة على بلدة تالش، فيما قالت يريفان إن المعارك لا تزال مستمرة في محيطها.",
     [("control", "azerbaijani"), ("clash", "armenian")]),
    # the town named again as a definite noun refers back as the pronoun does
    ("نفت يريفان سقوط بلدة تالش، وقالت إن الاشتباكات مستمرة في ضواحي البلدة.",
     [("control", "azerbaijani"), ("clash", "armenian")]),
    ("أعلنت يريفان أن المعارك مستمرة في محيط بلدة تالش رغم إعلان باكو السيطرة على البلدة.",
     [("clash", "armenian"), ("control", "azerbaijani")]),
    # fighting the next sentence says goes on there, naming no place of its own
    ("أعلنت باكو السيطرة على بلدة تالش. لكن يريفان نفت ذلك، مؤكدة أن القتال يدور على أطراف البلدة.",
     [("control", "azerbaijani"), ("clash", "armenian")]),
    ("أعلنت باكو السيطرة على بلدة تالش. وقالت يريفان إن المعارك مستمرة فيها.",
     [("control", "azerbaijani"), ("clash", "armenian")]),
    # ... but a deed on a pronoun there is of a noun of its own sentence
    ("قصفت القوات الأرمينية بلدة تالش. ودخلنا إلى الكنيسة وفيما كنا نهم بدخولها بدأ القصف.",
     [("strike", "media")]),
    # the pronoun of a relative clause hanging on another noun is that noun's
    ("أقامت القوات الأذربيجانية مخافر على الحدود قرب بلدة تالش في المناطق التي سيطرت عليها.",
     [("other", "azerbaijani")]),
    # a place whose own words tell no deed and one told of it by the same voice: one claim
    ("وكانت بلدة تالش قد احتلتها القوات الأرمينية عام 1993، إلا أن القوات الأذربيجانية تمكنت من استعادتها.",
     [("control", "azerbaijani")]),
    ("واحتلت القوات الأرمينية بلدة تالش عام 1993، إلا أن الجيش تمكن من استعادتها.", [("control", "azerbaijani")]),
])
def test_a_deed_told_of_a_pronoun_is_a_second_claim_on_the_place_named_before(gaz, tabs, text, expected):
    assert _claims_on(text, "تالش", gaz, tabs) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the incident named again: where it happened takes the claim of the sentence that told it
    ("أعلنت الوزارة إسقاط مروحية. وأوضحت الوزارة أن الحادث وقع قرب بلدة تالش.", ("strike", "shot_down")),
    # ... not a place before the word (a base investigating the incident), nor one its own words tell of
    ("أعلنت الوزارة إسقاط مروحية بصاروخ. وقالت إن قيادة القاعدة في بلدة تالش تحقق في الحادث.", ("other", "mentioned")),
    ("أعلنت الوزارة إسقاط مروحية بصاروخ. وبعد الحادث قصفت القوات بلدة تالش.", ("strike", "shelling")),
    # a border named with it is where, not what was struck
    ("أعلنت الوزارة إسقاط مروحية بصاروخ. وأوضحت أن الحادث وقع قرب الحدود مع بلدة تالش.", ("other", "locator")),
])
def test_where_the_incident_happened_takes_the_claim_that_told_it(gaz, tabs, text, expected):
    from geo.extract import extract

    (event,) = [e for e in extract(f"عنوان\n\n{text}\n", gaz, tabs).events if e.mention == "تالش"]
    assert (event.event_type, event.sub_type) == expected


def test_a_border_named_with_a_place_makes_it_a_reference_point():
    assert kind_at("وأسقطت المروحية فوق بلدة ألف قرب الحدود مع بلدة باء.", "باء").sub_type == "locator"
    assert kind_at("وأسقطت المروحية فوق بلدة ألف قرب الحدود مع بلدة باء.", "ألف").type == "strike"


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال المتحدث إن القوات الأرمينية تسيطر على بلدة تالش.", "other"),
    ("القوات الأذربيجانية تسيطر على بلدة تالش", "control"),
    ("وقال علييف إن الجيش يسيطر الآن على بلدة تالش.", "control"),
])
def test_armenian_forces_controlling_a_place_in_the_present_hold_it_still(gaz, tabs, text, expected):
    assert [kind for kind, _ in _claims_on(text, "تالش", gaz, tabs)] == [expected]
