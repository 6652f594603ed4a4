<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Unable to execute statement</source>
        <translation>Unable to execute statement</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Parameter count mismatch</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Systematiskt säkerhetsarbete i kommunen</source>
        <translation>Systematic security work in the municipality</translation>
    </message>
    <message>
        <source>Registret att öppna</source>
        <translation>The register to open</translation>
    </message>
    <message>
        <source>Språket: sv (svenska) eller en (engelska)</source>
        <translation>The language: sv (Swedish) or en (English)</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>[FIL]</source>
        <translation>[FILE]</translation>
    </message>
</context>
<context>
    <name>sakra</name>
    <message>
        <source>ingen enhet har id %1</source>
        <translation>no unit has id %1</translation>
    </message>
    <message>
        <source>ingen enhet heter ”%1”</source>
        <translation>no unit is called “%1”</translation>
    </message>
    <message>
        <source>%1 enheter heter ”%2”; ange enhetens id i stället</source>
        <translation>%1 units are called “%2”; give the unit’s id instead</translation>
    </message>
    <message>
        <source>inget utkast heter ”%1” (ange utkastets namn eller id)</source>
        <translation>no draft is called “%1” (give the draft&apos;s name or id)</translation>
    </message>
    <message>
        <source>%1 utkast heter ”%2”; ange utkastets id i stället (%3)</source>
        <translation>%1 drafts are called “%2”; give the draft&apos;s id instead (%3)</translation>
    </message>
</context>
<context>
    <name>sakra::Action</name>
    <message>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Pågående</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Uppskjuten</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Avbruten</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Löpande</source>
        <translation>Ongoing</translation>
    </message>
</context>
<context>
    <name>sakra::ActionKindRepository</name>
    <message>
        <source>Ge åtgärdstypen ett namn.</source>
        <translation>Give the action type a name.</translation>
    </message>
    <message>
        <source>Det finns redan en åtgärdstyp som heter %1.</source>
        <translation>There is already an action type called %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n åtgärd(er) har typen; byt typ på dem först.</source>
        <translation>
            <numerusform>%n action has this type; change its type first.</numerusform>
            <numerusform>%n actions have this type; change their type first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sakra::ActionNoteRepository</name>
    <message>
        <source>Anteckningen hör till en åtgärd som inte finns.</source>
        <translation>The note belongs to an action that does not exist.</translation>
    </message>
    <message>
        <source>Skriv vad som har hänt med åtgärden.</source>
        <translation>Write what has happened with the action.</translation>
    </message>
    <message>
        <source>Anteckningen är för lång (högst 4 000 tecken).</source>
        <translation>The note is too long (at most 4,000 characters).</translation>
    </message>
</context>
<context>
    <name>sakra::ActionRepository</name>
    <message>
        <source>Ge åtgärden en rubrik.</source>
        <translation>Give the action a title.</translation>
    </message>
    <message>
        <source>Rubriken är för lång (högst 300 tecken).</source>
        <translation>The title is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>Välj en åtgärdstyp ur katalogen.</source>
        <translation>Choose an action type from the catalogue.</translation>
    </message>
    <message>
        <source>Välj den enhet som åtgärden gäller.</source>
        <translation>Choose the unit the action concerns.</translation>
    </message>
    <message>
        <source>Den valda lokalen finns inte.</source>
        <translation>The chosen site does not exist.</translation>
    </message>
    <message>
        <source>Den ansvariga finns inte bland personerna i registret.</source>
        <translation>The person responsible is not among the people in the register.</translation>
    </message>
    <message>
        <source>Åtgärden kan inte vara klar senast före den startar.</source>
        <translation>The action cannot be due before it starts.</translation>
    </message>
    <message>
        <source>Åtgärden kan inte vara genomförd före den startade.</source>
        <translation>The action cannot be done before it started.</translation>
    </message>
    <message>
        <source>Den beräknade kostnaden kan inte vara negativ.</source>
        <translation>The estimated cost cannot be negative.</translation>
    </message>
    <message>
        <source>Den verkliga kostnaden kan inte vara negativ.</source>
        <translation>The actual cost cannot be negative.</translation>
    </message>
    <message>
        <source>Kostnaden är orimligt stor; ange den i hela kronor.</source>
        <translation>The cost is unreasonably large; enter it in whole kronor.</translation>
    </message>
</context>
<context>
    <name>sakra::ActionRiskRepository</name>
    <message>
        <source>Välj en åtgärd.</source>
        <translation>Choose an action.</translation>
    </message>
    <message>
        <source>Välj den risk som åtgärden ska minska.</source>
        <translation>Choose the risk the action is to reduce.</translation>
    </message>
    <message>
        <source>Åtgärden är redan kopplad till risken.</source>
        <translation>The action is already linked to the risk.</translation>
    </message>
    <message>
        <source>Ange både sannolikhet och konsekvens efter åtgärden, eller ingen av dem.</source>
        <translation>Enter both likelihood and consequence after the action, or neither.</translation>
    </message>
    <message>
        <source>Sannolikheten efter åtgärden ska vara mellan 1 och %1.</source>
        <translation>The likelihood after the action must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Konsekvensen efter åtgärden ska vara mellan 1 och %1.</source>
        <translation>The consequence after the action must be between 1 and %1.</translation>
    </message>
</context>
<context>
    <name>sakra::AlarmEquipment</name>
    <message>
        <source>Personlarm</source>
        <translation>Personal alarm</translation>
    </message>
    <message>
        <source>Överfallslarm</source>
        <translation>Panic alarm</translation>
    </message>
    <message>
        <source>Inbrottslarm</source>
        <translation>Intruder alarm</translation>
    </message>
</context>
<context>
    <name>sakra::AlarmEquipmentRepository</name>
    <message>
        <source>Ange den enhet eller den lokal som larmet hör till.</source>
        <translation>Enter the unit or the site the alarm belongs to.</translation>
    </message>
    <message>
        <source>Den valda enheten finns inte.</source>
        <translation>The chosen unit does not exist.</translation>
    </message>
    <message>
        <source>Den valda lokalen finns inte.</source>
        <translation>The chosen site does not exist.</translation>
    </message>
    <message>
        <source>Antalet larm ska vara mellan 1 och 100 000.</source>
        <translation>The number of alarms must be between 1 and 100,000.</translation>
    </message>
    <message>
        <source>Mottagaren är för lång (högst 300 tecken).</source>
        <translation>The recipient is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>Det senaste testet kan inte ligga i framtiden.</source>
        <translation>The latest test cannot be in the future.</translation>
    </message>
    <message>
        <source>Ange hur många månader det får gå mellan testerna (1–60).</source>
        <translation>Enter how many months may pass between tests (1–60).</translation>
    </message>
</context>
<context>
    <name>sakra::Assessment</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>I huvudsak</source>
        <translation>Largely</translation>
    </message>
    <message>
        <source>Delvis</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>sakra::AssessmentEngine</name>
    <message numerus="yes">
        <source>%1 och %n till</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Svaret är ändrat %1: %2</source>
        <translation>The answer was changed %1: %2</translation>
    </message>
</context>
<context>
    <name>sakra::AssessmentOverrideRepository</name>
    <message>
        <source>Välj den enhet som svaret gäller.</source>
        <translation>Choose the unit the answer concerns.</translation>
    </message>
    <message>
        <source>Frågan finns inte i självskattningen.</source>
        <translation>The question is not part of the self-assessment.</translation>
    </message>
    <message>
        <source>Skriv varför svaret ändras; en ändring utan motivering godtas inte.</source>
        <translation>Write why the answer is changed; a change without a justification is not accepted.</translation>
    </message>
    <message>
        <source>Motiveringen är för lång (högst 4 000 tecken).</source>
        <translation>The justification is too long (at most 4,000 characters).</translation>
    </message>
    <message>
        <source>Beslutsdatum kan inte ligga i framtiden.</source>
        <translation>The decision date cannot be in the future.</translation>
    </message>
    <message>
        <source>Svaret på frågan är redan ändrat för enheten; ändra den ändringen i stället.</source>
        <translation>The answer to the question has already been changed for the unit; edit that change instead.</translation>
    </message>
</context>
<context>
    <name>sakra::AssessmentRollUp</name>
    <message>
        <source>Frågan gäller ingen av gruppens enheter (%1).</source>
        <translation>The question applies to none of the group&apos;s units (%1).</translation>
    </message>
    <message>
        <source>Enheter som svarar ja eller i huvudsak: %1 av %2.</source>
        <translation>Units answering yes or largely: %1 of %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 (enheter: %2 av %3)</source>
        <translation>%1 (units: %2 of %3)</translation>
    </message>
    <message>
        <source>Frågan besvaras av kommunstyrelsen för kommunen som helhet.</source>
        <translation>The executive board answers this question for the municipality as a whole.</translation>
    </message>
</context>
<context>
    <name>sakra::AssessmentRules</name>
    <message>
        <source>Rutinen %1 är känd bland medarbetarna och gicks igenom %2.</source>
        <translation>The routine %1 is known among staff and was gone through on %2.</translation>
    </message>
    <message>
        <source>Rutinen %1 gicks senast igenom med medarbetarna %2, för mer än %3 månader sedan.</source>
        <translation>The routine %1 was last gone through with staff on %2, more than %3 months ago.</translation>
    </message>
    <message>
        <source>Rutinen %1 anges vara känd, men ingen genomgång med medarbetarna är registrerad.</source>
        <translation>The routine %1 is said to be known, but no run-through with staff is registered.</translation>
    </message>
    <message>
        <source>Rutinen %1 är bara delvis känd bland medarbetarna.</source>
        <translation>The routine %1 is only partly known among staff.</translation>
    </message>
    <message>
        <source>Rutinen %1 är inte känd bland medarbetarna.</source>
        <translation>The routine %1 is not known among staff.</translation>
    </message>
    <message>
        <source>Analys och uppföljning</source>
        <translation>Analysis and follow-up</translation>
    </message>
    <message>
        <source>Har verksamheten analyserat och följt upp förekomsten av hot, våld och trakasserier?</source>
        <translation>Has the organisation analysed and followed up the occurrence of threats, violence and harassment?</translation>
    </message>
    <message>
        <source>Vidtagna åtgärder</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>Finns dokumenterade säkerhetsrutiner för hur uppkomna situationer ska hanteras, och är de kända bland medarbetarna?</source>
        <translation>Are there documented security routines for handling situations that arise, and are they known among staff?</translation>
    </message>
    <message>
        <source>Har fysiska åtgärder vidtagits, med larm där det behövs och en rutin för hantering av utlöst larm?</source>
        <translation>Have physical measures been taken, with alarms where needed and a routine for handling a triggered alarm?</translation>
    </message>
    <message>
        <source>Finns en känd rutin för hot, våld och trakasserier utanför arbetsplatsen?</source>
        <translation>Is there a known routine for threats, violence and harassment outside the workplace?</translation>
    </message>
    <message>
        <source>Erbjuds den som har blivit utsatt stöd?</source>
        <translation>Is support offered to those who have been exposed?</translation>
    </message>
    <message>
        <source>Förebyggande arbete</source>
        <translation>Preventive work</translation>
    </message>
    <message>
        <source>Bedrivs ett aktivt förebyggande arbete med utbildning och övningar?</source>
        <translation>Is there active preventive work with training and exercises?</translation>
    </message>
    <message>
        <source>Undviks ensamarbete där risken för våld är påtaglig?</source>
        <translation>Is lone working avoided where the risk of violence is significant?</translation>
    </message>
    <message>
        <source>Provas och underhålls larmutrustningen, och övas larmet regelbundet?</source>
        <translation>Is the alarm equipment tested and maintained, and is the alarm drilled regularly?</translation>
    </message>
    <message>
        <source>Riskinventering det senaste året</source>
        <translation>Risk inventory in the last year</translation>
    </message>
    <message>
        <source>Riskinventering genomförd %1.</source>
        <translation>Risk inventory carried out %1.</translation>
    </message>
    <message>
        <source>Senaste riskinventeringen gjordes %1, för mer än %2 månader sedan.</source>
        <translation>The latest risk inventory was carried out %1, more than %2 months ago.</translation>
    </message>
    <message>
        <source>Ingen riskinventering är registrerad.</source>
        <translation>No risk inventory is registered.</translation>
    </message>
    <message>
        <source>Genomför en riskinventering av hot, våld och trakasserier i verksamheten.</source>
        <translation>Carry out a risk inventory of threats, violence and harassment in the organisation.</translation>
    </message>
    <message>
        <source>Riskerna för hot, våld och trakasserier bedömda och omprövade i tid</source>
        <translation>Risks of threats, violence and harassment assessed and reviewed in time</translation>
    </message>
    <message>
        <source>Bedöm riskerna för hot, våld och trakasserier och ompröva dem i tid.</source>
        <translation>Assess the risks of threats, violence and harassment and review them in time.</translation>
    </message>
    <message>
        <source>Inga risker för hot, våld eller trakasserier är bedömda.</source>
        <translation>No risks of threats, violence or harassment have been assessed.</translation>
    </message>
    <message numerus="yes">
        <source>%n av %1 risker för hot, våld och trakasserier har passerat sin omprövning (den första %2).</source>
        <translation>
            <numerusform>%n of %1 risks of threats, violence and harassment is past its review date (the first %2).</numerusform>
            <numerusform>%n of %1 risks of threats, violence and harassment are past their review date (the first %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(er) för hot, våld och trakasserier bedömda; ingen omprövning är försenad.</source>
        <translation>
            <numerusform>%n risk of threats, violence and harassment assessed; no review is overdue.</numerusform>
            <numerusform>%n risks of threats, violence and harassment assessed; no review is overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Händelser utredda och följda upp</source>
        <translation>Incidents investigated and followed up</translation>
    </message>
    <message>
        <source>Inga händelser registrerade de senaste %1 månaderna.</source>
        <translation>No incidents registered in the last %1 months.</translation>
    </message>
    <message numerus="yes">
        <source>%1 av %n händelse(r) de senaste %2 månaderna är utredda, åtgärdade eller avslutade.</source>
        <translation>
            <numerusform>%1 of %n incident in the last %2 months has been investigated, acted on or closed.</numerusform>
            <numerusform>%1 of %n incidents in the last %2 months have been investigated, acted on or closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Utred och följ upp varje rapporterad händelse inom en månad.</source>
        <translation>Investigate and follow up every reported incident within a month.</translation>
    </message>
    <message>
        <source>Dokumenterad säkerhetsrutin för hot och våld</source>
        <translation>Documented security routine for threats and violence</translation>
    </message>
    <message>
        <source>Dokumenterad rutin: %1.</source>
        <translation>Documented routine: %1.</translation>
    </message>
    <message>
        <source>Det finns en säkerhetsrutin, men den är inte dokumenterad.</source>
        <translation>There is a security routine, but it is not documented.</translation>
    </message>
    <message>
        <source>Ingen säkerhetsrutin för hot och våld omfattar enheten.</source>
        <translation>No security routine for threats and violence covers the unit.</translation>
    </message>
    <message>
        <source>Upprätta dokumenterade säkerhetsrutiner för arbete med risk för våld.</source>
        <translation>Draw up documented security routines for work with a risk of violence.</translation>
    </message>
    <message>
        <source>Säkerhetsrutinen översedd inom sitt intervall</source>
        <translation>Security routine reviewed within its interval</translation>
    </message>
    <message>
        <source>Ingen dokumenterad säkerhetsrutin att se över.</source>
        <translation>No documented security routine to review.</translation>
    </message>
    <message>
        <source>Rutinen %1 ska ses över nästa gång senast %2.</source>
        <translation>The routine %1 is next due for review by %2.</translation>
    </message>
    <message>
        <source>Rutinen %1 skulle ha setts över senast %2.</source>
        <translation>The routine %1 should have been reviewed by %2.</translation>
    </message>
    <message>
        <source>Rutinen %1 har inget intervall för översyn.</source>
        <translation>The routine %1 has no review interval.</translation>
    </message>
    <message>
        <source>Se över säkerhetsrutinerna regelbundet och ange när de ska ses över nästa gång.</source>
        <translation>Review the security routines regularly and set when they are next to be reviewed.</translation>
    </message>
    <message>
        <source>Säkerhetsrutinen känd bland medarbetarna</source>
        <translation>Security routine known among staff</translation>
    </message>
    <message>
        <source>Ingen dokumenterad säkerhetsrutin att göra känd.</source>
        <translation>No documented security routine to make known.</translation>
    </message>
    <message>
        <source>Säkerställ att säkerhetsrutinerna är förankrade i verksamheten, till exempel genom en genomgång på arbetsplatsträff.</source>
        <translation>Make sure the security routines are rooted in the organisation, for example by going through them at a staff meeting.</translation>
    </message>
    <message>
        <source>Person- eller överfallslarm där risken för våld är hög</source>
        <translation>Personal or panic alarms where the risk of violence is high</translation>
    </message>
    <message>
        <source>Ingen hög risk för hot och våld och inga händelser med hot eller våld det senaste året.</source>
        <translation>No high risk of threats and violence and no incidents of threats or violence in the last year.</translation>
    </message>
    <message>
        <source>%1 hög(a) risk(er) för hot och våld, %2 händelse(r) med hot eller våld det senaste året</source>
        <translation>%1 high risk(s) of threats and violence, %2 incident(s) of threats or violence in the last year</translation>
    </message>
    <message numerus="yes">
        <source>%1; person- eller överfallslarm finns (%n registrering(ar)).</source>
        <translation>
            <numerusform>%1; personal or panic alarms are in place (%n registration).</numerusform>
            <numerusform>%1; personal or panic alarms are in place (%n registrations).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, men inget person- eller överfallslarm.</source>
        <translation>%1, but no personal or panic alarm.</translation>
    </message>
    <message>
        <source>Överväg personlarm vid inspektioner, hembesök och andra riskutsatta möten.</source>
        <translation>Consider personal alarms for inspections, home visits and other exposed meetings.</translation>
    </message>
    <message>
        <source>Mottagare av larmen angiven</source>
        <translation>Recipient of the alarms set</translation>
    </message>
    <message>
        <source>Ingen larmutrustning registrerad.</source>
        <translation>No alarm equipment registered.</translation>
    </message>
    <message>
        <source>All larmutrustning har en angiven mottagare.</source>
        <translation>All alarm equipment has a recipient set.</translation>
    </message>
    <message numerus="yes">
        <source>%n av %1 larm saknar angiven mottagare.</source>
        <translation>
            <numerusform>%n of %1 alarms has no recipient set.</numerusform>
            <numerusform>%n of %1 alarms have no recipient set.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ange vem som tar emot larmen för all larmutrustning.</source>
        <translation>Set who receives the alarms for all alarm equipment.</translation>
    </message>
    <message>
        <source>Dokumenterad rutin för hantering av utlöst larm</source>
        <translation>Documented routine for handling a triggered alarm</translation>
    </message>
    <message>
        <source>Ingen larmutrustning och inget behov av larm.</source>
        <translation>No alarm equipment and no need for alarms.</translation>
    </message>
    <message>
        <source>Larmrutin: %1.</source>
        <translation>Alarm routine: %1.</translation>
    </message>
    <message>
        <source>Ingen dokumenterad rutin för vem som tar emot larmet och vad som händer sedan.</source>
        <translation>No documented routine for who receives the alarm and what happens next.</translation>
    </message>
    <message>
        <source>Fastställ en rutin för hantering av utlöst larm.</source>
        <translation>Establish a routine for handling a triggered alarm.</translation>
    </message>
    <message>
        <source>Dokumenterad rutin för hot och våld utanför arbetsplatsen</source>
        <translation>Documented routine for threats and violence outside the workplace</translation>
    </message>
    <message>
        <source>Ingen dokumenterad rutin för händelser utanför arbetsplatsen eller arbetstiden.</source>
        <translation>No documented routine for incidents outside the workplace or working hours.</translation>
    </message>
    <message>
        <source>Dokumentera rutinen för hot, våld och trakasserier utanför arbetsplatsen.</source>
        <translation>Document the routine for threats, violence and harassment outside the workplace.</translation>
    </message>
    <message>
        <source>Rutinen för händelser utanför arbetsplatsen känd</source>
        <translation>Routine for incidents outside the workplace known</translation>
    </message>
    <message>
        <source>Ingen dokumenterad rutin att göra känd.</source>
        <translation>No documented routine to make known.</translation>
    </message>
    <message>
        <source>Gör rutinen för hot och våld utanför arbetsplatsen känd bland medarbetarna.</source>
        <translation>Make the routine for threats and violence outside the workplace known among staff.</translation>
    </message>
    <message>
        <source>Dokumenterad rutin för stöd till den som utsatts</source>
        <translation>Documented routine for support to those exposed</translation>
    </message>
    <message>
        <source>Ingen dokumenterad rutin för stöd efter en händelse.</source>
        <translation>No documented routine for support after an incident.</translation>
    </message>
    <message>
        <source>Dokumentera vilket stöd som erbjuds den som utsatts för hot, våld eller trakasserier.</source>
        <translation>Document what support is offered to those exposed to threats, violence or harassment.</translation>
    </message>
    <message>
        <source>Stöd erbjudet efter händelser</source>
        <translation>Support offered after incidents</translation>
    </message>
    <message>
        <source>Inga händelser mot medarbetare eller förtroendevalda det senaste året.</source>
        <translation>No incidents against staff or elected officials in the last year.</translation>
    </message>
    <message numerus="yes">
        <source>Stöd erbjöds efter %1 av %n händelse(r) mot medarbetare eller förtroendevalda det senaste året.</source>
        <translation>
            <numerusform>Support was offered after %1 of %n incident against staff or elected officials in the last year.</numerusform>
            <numerusform>Support was offered after %1 of %n incidents against staff or elected officials in the last year.</numerusform>
        </translation>
    </message>
    <message>
        <source>Säkerställ att den som utsatts erbjuds stöd: samtal med chef, företagshälsovård eller krisstöd.</source>
        <translation>Make sure those exposed are offered support: a talk with their manager, occupational health services or crisis support.</translation>
    </message>
    <message>
        <source>Utbildning i hot och våld, inte försenad</source>
        <translation>Training in threats and violence, not overdue</translation>
    </message>
    <message>
        <source>Genomför regelbundna utbildningar i hantering av hot och våld.</source>
        <translation>Hold regular training in handling threats and violence.</translation>
    </message>
    <message>
        <source>Ingen utbildning i hot och våld är registrerad.</source>
        <translation>No training in threats and violence is registered.</translation>
    </message>
    <message>
        <source>Utbildningen från %1 skulle ha upprepats senast %2.</source>
        <translation>The training of %1 should have been repeated by %2.</translation>
    </message>
    <message>
        <source>Senaste utbildningen i hot och våld hölls %1, för mer än %2 månader sedan.</source>
        <translation>The latest training in threats and violence was held %1, more than %2 months ago.</translation>
    </message>
    <message>
        <source>Utbildning i hot och våld hölls %1.</source>
        <translation>Training in threats and violence was held %1.</translation>
    </message>
    <message>
        <source>Övning det senaste året</source>
        <translation>Exercise in the last year</translation>
    </message>
    <message>
        <source>Genomför övningar i larm, utrymning eller inrymning minst en gång om året.</source>
        <translation>Hold alarm, evacuation or lockdown exercises at least once a year.</translation>
    </message>
    <message>
        <source>Övning genomförd %1.</source>
        <translation>Exercise held %1.</translation>
    </message>
    <message>
        <source>Senaste övningen hölls %1, för mer än %2 månader sedan.</source>
        <translation>The latest exercise was held %1, more than %2 months ago.</translation>
    </message>
    <message>
        <source>Ingen övning i larm, utrymning, inrymning eller kris är registrerad.</source>
        <translation>No alarm, evacuation, lockdown or crisis exercise is registered.</translation>
    </message>
    <message>
        <source>Målgruppen deltog i utbildningen</source>
        <translation>The target group took part in the training</translation>
    </message>
    <message>
        <source>Ingen utbildning med angiven målgrupp.</source>
        <translation>No training with a target group set.</translation>
    </message>
    <message>
        <source>%1 av %2 i målgruppen deltog i utbildningen %3.</source>
        <translation>%1 of %2 in the target group took part in the training %3.</translation>
    </message>
    <message>
        <source>Se till att hela målgruppen går utbildningen, med uppsamlingstillfällen vid behov.</source>
        <translation>Make sure the whole target group takes the training, with catch-up sessions where needed.</translation>
    </message>
    <message>
        <source>Åtgärder mot ensamarbete med hög risk</source>
        <translation>Measures against high-risk lone working</translation>
    </message>
    <message>
        <source>Ingen hög risk vid ensam- eller nattarbete.</source>
        <translation>No high risk in lone or night work.</translation>
    </message>
    <message numerus="yes">
        <source>%1 av %n hög(a) risk(er) vid ensam- eller nattarbete har en åtgärd.</source>
        <translation>
            <numerusform>%1 of %n high risk in lone or night work has an action.</numerusform>
            <numerusform>%1 of %n high risks in lone or night work have an action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vidta åtgärder så att ensamarbete undviks där risken för våld är påtaglig, till exempel dubbelbemanning.</source>
        <translation>Take measures so that lone working is avoided where the risk of violence is significant, for example double staffing.</translation>
    </message>
    <message>
        <source>Rutin för ensamarbete och hembesök</source>
        <translation>Routine for lone working and home visits</translation>
    </message>
    <message>
        <source>Ingen dokumenterad rutin för ensamarbete eller hembesök.</source>
        <translation>No documented routine for lone working or home visits.</translation>
    </message>
    <message>
        <source>Upprätta en rutin för ensamarbete och hembesök.</source>
        <translation>Draw up a routine for lone working and home visits.</translation>
    </message>
    <message>
        <source>Personlarm vid ensamarbete</source>
        <translation>Personal alarms for lone working</translation>
    </message>
    <message>
        <source>Personlarm finns.</source>
        <translation>Personal alarms are in place.</translation>
    </message>
    <message>
        <source>Larmutrustningen provad inom sitt intervall</source>
        <translation>Alarm equipment tested within its interval</translation>
    </message>
    <message>
        <source>All larmutrustning (%1) är provad inom sitt intervall.</source>
        <translation>All alarm equipment (%1) has been tested within its interval.</translation>
    </message>
    <message numerus="yes">
        <source>%n av %1 larm är inte provade i tid (det första skulle ha provats %2).</source>
        <translation>
            <numerusform>%n of %1 alarms has not been tested in time (the first should have been tested %2).</numerusform>
            <numerusform>%n of %1 alarms have not been tested in time (the first should have been tested %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n av %1 larm har aldrig provats.</source>
        <translation>
            <numerusform>%n of %1 alarms has never been tested.</numerusform>
            <numerusform>%n of %1 alarms have never been tested.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prova och underhåll larmutrustningen enligt sitt intervall.</source>
        <translation>Test and maintain the alarm equipment according to its interval.</translation>
    </message>
    <message>
        <source>Larmövning det senaste året</source>
        <translation>Alarm drill in the last year</translation>
    </message>
    <message>
        <source>Inga person- eller överfallslarm att öva med.</source>
        <translation>No personal or panic alarms to drill with.</translation>
    </message>
    <message>
        <source>Larmövning genomförd %1.</source>
        <translation>Alarm drill held %1.</translation>
    </message>
    <message>
        <source>Senaste larmövningen hölls %1, för mer än %2 månader sedan.</source>
        <translation>The latest alarm drill was held %1, more than %2 months ago.</translation>
    </message>
    <message>
        <source>Ingen larmövning är registrerad.</source>
        <translation>No alarm drill is registered.</translation>
    </message>
    <message>
        <source>Inför regelbundna larmövningar.</source>
        <translation>Introduce regular alarm drills.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Det är inte känt om medarbetarna känner till rutinen %1 (vet ej).</source>
        <translation>It is not known whether staff know the routine %1 (don&apos;t know).</translation>
    </message>
    <message>
        <source>bemötande</source>
        <translation>visitor treatment</translation>
    </message>
    <message>
        <source>akuta nödsituationer, pågående dödligt våld</source>
        <translation>acute emergencies, ongoing lethal violence</translation>
    </message>
    <message>
        <source>inrymningsövning</source>
        <translation>lockdown drill</translation>
    </message>
    <message>
        <source>Låg risk enligt riskbedömning %1</source>
        <translation>Low risk according to the risk assessment %1</translation>
    </message>
    <message>
        <source>Ta reda på om medarbetarna känner till säkerhetsrutinerna, till exempel genom en genomgång på arbetsplatsträff.</source>
        <translation>Find out whether staff know the security routines, for example by going through them at a workplace meeting.</translation>
    </message>
    <message numerus="yes">
        <source>person- eller överfallslarm krävs inte i proportion till risken (%n händelse(r) med hot eller våld det senaste året).</source>
        <translation>
            <numerusform>personal or panic alarms are not required in proportion to the risk (%n incident with threats or violence in the last year).</numerusform>
            <numerusform>personal or panic alarms are not required in proportion to the risk (%n incidents with threats or violence in the last year).</numerusform>
        </translation>
    </message>
    <message>
        <source>Hög risk enligt riskbedömning %1; %2</source>
        <translation>High risk according to the risk assessment %1; %2</translation>
    </message>
    <message>
        <source>Fysiskt skydd av lokalerna utöver larm: lås, passersystem, skalskydd</source>
        <translation>Physical protection of the premises beyond alarms: locks, access control, perimeter protection</translation>
    </message>
    <message>
        <source>Inventera lokalerna och överväg lås, passersystem och skalskydd där risken för våld är förhöjd.</source>
        <translation>Inventory the premises and consider locks, access control and perimeter protection where the risk of violence is raised.</translation>
    </message>
    <message>
        <source>fysiskt skydd utöver det grundläggande krävs inte.</source>
        <translation>physical protection beyond the basics is not required.</translation>
    </message>
    <message>
        <source>Ingen förhöjd risk för hot och våld.</source>
        <translation>No raised risk of threats and violence.</translation>
    </message>
    <message>
        <source>Enheten har ingen registrerad lokal att bedöma.</source>
        <translation>The unit has no registered site to assess.</translation>
    </message>
    <message>
        <source>lås</source>
        <translation>locks</translation>
    </message>
    <message>
        <source>passersystem</source>
        <translation>access control</translation>
    </message>
    <message>
        <source>skalskydd</source>
        <translation>perimeter protection</translation>
    </message>
    <message>
        <source>%1 (lokalinventering %2: %3)</source>
        <translation>%1 (premises inventory %2: %3)</translation>
    </message>
    <message>
        <source>Fysiskt skydd: %1.</source>
        <translation>Physical protection: %1.</translation>
    </message>
    <message>
        <source>Ingen lokalinventering visar lås, passersystem eller skalskydd i %1.</source>
        <translation>No premises inventory shows locks, access control or perimeter protection at %1.</translation>
    </message>
    <message>
        <source>Utbildningen %1 (%2) räknas för sig, inte som utbildning i hot och våld.</source>
        <translation>The training of %1 (%2) counts on its own, not as training in threats and violence.</translation>
    </message>
    <message>
        <source>övningar i larm, utrymning eller inrymning varje år krävs inte.</source>
        <translation>alarm, evacuation or lockdown drills every year are not required.</translation>
    </message>
    <message>
        <source>Utbildning eller övning för akuta nödsituationer (pågående dödligt våld)</source>
        <translation>Training or a drill for acute emergencies (ongoing lethal violence)</translation>
    </message>
    <message>
        <source>Utbildning eller övning (%1) hölls %2.</source>
        <translation>Training or a drill (%1) was held on %2.</translation>
    </message>
    <message>
        <source>utbildning för akuta nödsituationer krävs inte.</source>
        <translation>training for acute emergencies is not required.</translation>
    </message>
    <message>
        <source>Ingen risk för pågående dödligt våld är bedömd och ingen hög risk enligt riskbedömning.</source>
        <translation>No risk of ongoing lethal violence is assessed and no high risk according to a risk assessment.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(er) för pågående dödligt våld är bedömda</source>
        <translation>
            <numerusform>%n risk of ongoing lethal violence is assessed</numerusform>
            <numerusform>%n risks of ongoing lethal violence are assessed</numerusform>
        </translation>
    </message>
    <message>
        <source>Hög risk enligt riskbedömning %1</source>
        <translation>High risk according to the risk assessment %1</translation>
    </message>
    <message>
        <source>%1; senaste utbildningen eller övningen hölls %2, för mer än %3 månader sedan.</source>
        <translation>%1; the latest training or drill was held on %2, more than %3 months ago.</translation>
    </message>
    <message>
        <source>%1, men ingen utbildning eller inrymningsövning för akuta nödsituationer är registrerad.</source>
        <translation>%1, but no training or lockdown drill for acute emergencies is registered.</translation>
    </message>
    <message>
        <source>Utbilda och öva medarbetarna i hur de agerar vid akuta nödsituationer som pågående dödligt våld, till exempel med en inrymningsövning.</source>
        <translation>Train and drill staff in how to act in acute emergencies such as ongoing lethal violence, for example with a lockdown drill.</translation>
    </message>
    <message>
        <source>Bemötandeutbildning där besökare och klienter utsätter personalen</source>
        <translation>Visitor-treatment training where visitors and clients expose staff</translation>
    </message>
    <message>
        <source>Inga händelser orsakade av klienter eller anhöriga det senaste året.</source>
        <translation>No incidents caused by clients or relatives in the last year.</translation>
    </message>
    <message numerus="yes">
        <source>%n händelse(r) orsakade av klienter eller anhöriga det senaste året</source>
        <translation>
            <numerusform>%n incident caused by clients or relatives in the last year</numerusform>
            <numerusform>%n incidents caused by clients or relatives in the last year</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; bemötandeutbildning hölls %2.</source>
        <translation>%1; visitor-treatment training was held on %2.</translation>
    </message>
    <message>
        <source>%1; senaste bemötandeutbildningen hölls %2, för mer än %3 månader sedan.</source>
        <translation>%1; the latest visitor-treatment training was held on %2, more than %3 months ago.</translation>
    </message>
    <message>
        <source>%1, men ingen bemötandeutbildning är registrerad.</source>
        <translation>%1, but no visitor-treatment training is registered.</translation>
    </message>
    <message>
        <source>Ge medarbetare som möter klienter och besökare utbildning i bemötande.</source>
        <translation>Give staff who meet clients and visitors training in visitor treatment.</translation>
    </message>
    <message>
        <source>Dubbelbemanning i stället för personlarm: %1.</source>
        <translation>Double staffing instead of personal alarms: %1.</translation>
    </message>
    <message>
        <source>Hög risk vid ensam- eller nattarbete, men varken personlarm eller dubbelbemanning.</source>
        <translation>High risk in lone or night work, but neither personal alarms nor double staffing.</translation>
    </message>
    <message>
        <source>Överväg personlarm vid ensamarbete och inspektioner, eller dubbelbemanning.</source>
        <translation>Consider personal alarms for lone work and inspections, or double staffing.</translation>
    </message>
    <message numerus="yes">
        <source>%n av %1 larm är inte provade i tid.</source>
        <translation>
            <numerusform>%n of %1 alarms is not tested in time.</numerusform>
            <numerusform>%n of %1 alarms are not tested in time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>För %n av %1 larm är det inte känt när de senast provades.</source>
        <translation>
            <numerusform>For %n of %1 alarms it is not known when it was last tested.</numerusform>
            <numerusform>For %n of %1 alarms it is not known when they were last tested.</numerusform>
        </translation>
    </message>
    <message>
        <source>larmövningar varje år krävs inte.</source>
        <translation>alarm drills every year are not required.</translation>
    </message>
    <message>
        <source>person- eller överfallslarm krävs inte.</source>
        <translation>personal or panic alarms are not required.</translation>
    </message>
    <message>
        <source>Sammanställning och analys av hot mot förtroendevalda det senaste året</source>
        <translation>Threats against elected officials compiled and analysed within the last year</translation>
    </message>
    <message>
        <source>Sammanställningen %1 (%2) redovisar hot och händelser mot förtroendevalda.</source>
        <translation>The compilation %1 (%2) reports threats and incidents against elected officials.</translation>
    </message>
    <message>
        <source>Den senaste sammanställningen, %1, gjordes %2, för mer än %3 månader sedan.</source>
        <translation>The latest compilation, %1, was made on %2, more than %3 months ago.</translation>
    </message>
    <message>
        <source>Det finns ingen systematisk sammanställning eller analys av förekomsten av hot, våld och trakasserier mot förtroendevalda.</source>
        <translation>There is no systematic compilation or analysis of threats, violence and harassment against elected officials.</translation>
    </message>
    <message>
        <source>Gör en årlig sammanställning och analys av hot, våld och trakasserier mot förtroendevalda (en lägesrapport eller årssammanställning).</source>
        <translation>Compile and analyse threats, violence and harassment against elected officials every year (a situation report or annual compilation).</translation>
    </message>
    <message>
        <source>Händelser mot förtroendevalda följda upp</source>
        <translation>Incidents against elected officials followed up</translation>
    </message>
    <message>
        <source>Inga händelser mot förtroendevalda registrerade de senaste %1 månaderna.</source>
        <translation>No incidents against elected officials recorded in the last %1 months.</translation>
    </message>
    <message numerus="yes">
        <source>%1 av %n händelse(r) mot förtroendevalda de senaste %2 månaderna är utredda, åtgärdade eller avslutade.</source>
        <translation>
            <numerusform>%1 of %n incident against elected officials in the last %2 months has been investigated, acted on or closed.</numerusform>
            <numerusform>%1 of %n incidents against elected officials in the last %2 months have been investigated, acted on or closed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gör tillsammans med den förtroendevalde en riskbedömning och en handlingsplan efter varje händelse, och följ upp den.</source>
        <translation>After every incident, make a risk assessment and an action plan together with the elected official, and follow it up.</translation>
    </message>
    <message>
        <source>Dokumenterad vägledning eller rutin för förtroendevaldas säkerhet</source>
        <translation>Documented guidance or routine for the security of elected officials</translation>
    </message>
    <message>
        <source>Vägledning för förtroendevalda: %1.</source>
        <translation>Guidance for elected officials: %1.</translation>
    </message>
    <message>
        <source>Ingen rutin eller vägledning är markerad som gällande förtroendevalda.</source>
        <translation>No routine or guidance is marked as meant for elected officials.</translation>
    </message>
    <message>
        <source>Det finns en vägledning för förtroendevalda, men den är inte dokumenterad.</source>
        <translation>There is guidance for elected officials, but it is not documented.</translation>
    </message>
    <message>
        <source>Ta fram en vägledning om säkerhet för förtroendevalda och i samband med offentliga möten, och ange vem som ansvarar för vad.</source>
        <translation>Draw up guidance on the security of elected officials and at public meetings, stating who is responsible for what.</translation>
    </message>
    <message>
        <source>Vägledningen känd bland de förtroendevalda och genomgången det senaste året</source>
        <translation>Guidance known among the elected officials and gone through within the last year</translation>
    </message>
    <message>
        <source>Ingen dokumenterad vägledning att gå igenom.</source>
        <translation>No documented guidance to go through.</translation>
    </message>
    <message>
        <source>Vägledningen %1 gicks igenom med de förtroendevalda %2.</source>
        <translation>The guidance %1 was gone through with the elected officials on %2.</translation>
    </message>
    <message>
        <source>Det är inte känt om de förtroendevalda känner till vägledningen %1 (vet ej).</source>
        <translation>It is not known whether the elected officials know the guidance %1 (not known).</translation>
    </message>
    <message>
        <source>Vägledningen %1 är inte känd bland alla förtroendevalda.</source>
        <translation>The guidance %1 is not known among all elected officials.</translation>
    </message>
    <message>
        <source>Vägledningen %1 gicks senast igenom med de förtroendevalda %2, för mer än %3 månader sedan.</source>
        <translation>The guidance %1 was last gone through with the elected officials on %2, more than %3 months ago.</translation>
    </message>
    <message>
        <source>Ingen genomgång av vägledningen %1 med de förtroendevalda är registrerad.</source>
        <translation>No briefing of the elected officials on the guidance %1 is recorded.</translation>
    </message>
    <message>
        <source>Erbjud de förtroendevalda förnyad information och utbildning om sin säkerhet, till exempel inför val.</source>
        <translation>Offer the elected officials renewed information and training on their security, for instance before elections.</translation>
    </message>
    <message>
        <source>Har kommunstyrelsen analyserat och följt upp hot, våld och trakasserier mot förtroendevalda, och finns en känd vägledning för deras säkerhet?</source>
        <translation>Has the executive board analysed and followed up threats, violence and harassment against elected officials, and is there known guidance for their security?</translation>
    </message>
</context>
<context>
    <name>sakra::AssignmentRepository</name>
    <message>
        <source>Välj den person som har rollen.</source>
        <translation>Choose the person who holds the role.</translation>
    </message>
    <message>
        <source>Välj en roll.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <source>Välj den enhet där rollen finns.</source>
        <translation>Choose the unit where the role is.</translation>
    </message>
    <message>
        <source>En roll på taktisk nivå placeras på en förvaltning eller ett bolag.</source>
        <translation>A role at the tactical level is placed at an administration or a company.</translation>
    </message>
    <message>
        <source>Ange det datum då uppdraget börjar.</source>
        <translation>Enter the date the assignment starts.</translation>
    </message>
    <message>
        <source>Uppdraget kan inte sluta innan det börjar.</source>
        <translation>The assignment cannot end before it starts.</translation>
    </message>
    <message>
        <source>Andelen av heltid ska vara mellan 1 och 100 procent.</source>
        <translation>The share of full time must be between 1 and 100 per cent.</translation>
    </message>
</context>
<context>
    <name>sakra::BackupStore</name>
    <message>
        <source>Kan inte skapa mappen för säkerhetskopior %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>enheter</source>
        <translation>units</translation>
    </message>
    <message>
        <source>risker</source>
        <translation>risks</translation>
    </message>
    <message>
        <source>åtgärder</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>händelser</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>poster i ändringshistoriken</source>
        <translation>change history entries</translation>
    </message>
    <message>
        <source>daglig</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>före uppgradering</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <source>före import</source>
        <translation>before import</translation>
    </message>
    <message>
        <source>före sammanslagning</source>
        <translation>before merge</translation>
    </message>
    <message>
        <source>före återställning</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>manuell</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>Kan inte spara det nuvarande innehållet i %1 före återställningen.</source>
        <translation>Cannot save the current content of %1 before the restore.</translation>
    </message>
    <message>
        <source>Kan inte flytta journalen %1 till säkerhetskopian.</source>
        <translation>Cannot move the journal %1 into the backup.</translation>
    </message>
    <message>
        <source>Kopian och registret är samma fil.</source>
        <translation>The copy and the register are the same file.</translation>
    </message>
    <message>
        <source>%1 är skadad och kan inte användas: %2</source>
        <translation>%1 is damaged and cannot be used: %2</translation>
    </message>
    <message>
        <source>Kan inte skapa %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Kan inte ersätta %1; det tidigare innehållet finns i %2.</source>
        <translation>Cannot replace %1; the previous content is in %2.</translation>
    </message>
    <message>
        <source>före gallring</source>
        <translation>before retention</translation>
    </message>
</context>
<context>
    <name>sakra::BudgetRepository</name>
    <message>
        <source>Budgetramar läggs på en nämnd; välj en nämnd.</source>
        <translation>Budget allocations are set on a board; choose a board.</translation>
    </message>
    <message>
        <source>Ange året med fyra siffror, mellan 1900 och 2200.</source>
        <translation>Enter the year with four digits, between 1900 and 2200.</translation>
    </message>
    <message>
        <source>Beloppet kan inte vara negativt.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Beloppet är större än någon kommunal budget; kontrollera det.</source>
        <translation>The amount is larger than any municipal budget; check it.</translation>
    </message>
    <message>
        <source>%1 har redan en budgetram för %2; ändra den i stället.</source>
        <translation>%1 already has a budget allocation for %2; edit that one instead.</translation>
    </message>
</context>
<context>
    <name>sakra::ChangeLog</name>
    <message>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Återställd</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Sammanfogning: ej taget → behållet</source>
        <translation>Merge: not taken → kept</translation>
    </message>
    <message>
        <source>Tömt: %1</source>
        <translation>Cleared: %1</translation>
    </message>
    <message>
        <source>Gallrad</source>
        <translation>Cleared</translation>
    </message>
</context>
<context>
    <name>sakra::CommandLine</name>
    <message>
        <source>%1 behöver ett värde, en gång</source>
        <translation>%1 needs a value, once</translation>
    </message>
    <message>
        <source>okänd flagga: %1</source>
        <translation>unknown option: %1</translation>
    </message>
    <message>
        <source>Ändrat svar</source>
        <translation>Changed answer</translation>
    </message>
    <message>
        <source>%1 har ett äldre filformat (%2); öppna det en gång med Säkra eller sakra-cli stats så uppgraderas det</source>
        <translation>%1 has an older file format (%2); open it once with Säkra or sakra-cli stats and it will be upgraded</translation>
    </message>
    <message>
        <source>okänd enhet: %1 (ange enhetens namn eller id)</source>
        <translation>unknown unit: %1 (give the unit&apos;s name or id)</translation>
    </message>
    <message>
        <source>flera enheter heter %1; ange id i stället (%2)</source>
        <translation>several units are called %1; give the id instead (%2)</translation>
    </message>
    <message>
        <source>inget kommando angavs</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>okänt kommando: %1</source>
        <translation>unknown command: %1</translation>
    </message>
    <message>
        <source>Skriv sakra-cli --help för hjälp.</source>
        <translation>Run sakra-cli --help for help.</translation>
    </message>
    <message>
        <source>init behöver ett filnamn</source>
        <translation>init needs a file name</translation>
    </message>
    <message>
        <source>okänd flagga till init: %1</source>
        <translation>unknown option to init: %1</translation>
    </message>
    <message>
        <source>Skapade %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <source>check behöver exakt ett filnamn</source>
        <translation>check needs exactly one file name</translation>
    </message>
    <message>
        <source>%1 är skadad: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1: ett helt register, filformat %2</source>
        <translation>%1: a complete register, file format %2</translation>
    </message>
    <message>
        <source> (uppgraderas till %1 när det öppnas)</source>
        <translation> (upgraded to %1 when opened)</translation>
    </message>
    <message>
        <source>stats behöver exakt ett filnamn</source>
        <translation>stats needs exactly one file name</translation>
    </message>
    <message>
        <source>export behöver FIL --out DATA.json [--include-restricted]</source>
        <translation>export needs FILE --out DATA.json [--include-restricted]</translation>
    </message>
    <message>
        <source>kan inte skriva %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>import behöver FIL --in DATA.json</source>
        <translation>import needs FILE --in DATA.json</translation>
    </message>
    <message>
        <source>kan inte läsa %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 lästes inte in: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>generate behöver FIL --scale small|municipality|stockholm</source>
        <translation>generate needs FILE --scale small|municipality|stockholm</translation>
    </message>
    <message>
        <source>okänd skala: %1 (välj small, municipality eller stockholm)</source>
        <translation>unknown scale: %1 (choose small, municipality or stockholm)</translation>
    </message>
    <message>
        <source>%1 innehåller redan uppgifter; generate skriver bara till ett nytt register</source>
        <translation>%1 already holds data; generate writes only to a new register</translation>
    </message>
    <message>
        <source>%1 av %2 enheter</source>
        <translation>%1 of %2 units</translation>
    </message>
    <message>
        <source>Skapade %1 på %2 s</source>
        <translation>Created %1 in %2 s</translation>
    </message>
    <message>
        <source>package behöver FIL --unit ENHET --out DEL.sakra [--to MOTTAGARE]</source>
        <translation>package needs FILE --unit UNIT --out PART.sakra [--to RECIPIENT]</translation>
    </message>
    <message>
        <source>merge behöver FIL --package DEL.sakra [--dry-run] [--json] [--prefer central|site]</source>
        <translation>merge needs FILE --package PART.sakra [--dry-run] [--json] [--prefer central|site]</translation>
    </message>
    <message>
        <source>--prefer tar central eller site, inte %1</source>
        <translation>--prefer takes central or site, not %1</translation>
    </message>
    <message>
        <source>Utlämnad del: %1 (till %2, %3)
</source>
        <translation>Handed-out part: %1 (to %2, %3)
</translation>
    </message>
    <message>
        <source>Sammanfogas utan konflikt: %1
</source>
        <translation>Merged without conflict: %1
</translation>
    </message>
    <message>
        <source>Konflikter: %1
</source>
        <translation>Conflicts: %1
</translation>
    </message>
    <message>
        <source>  avvisas: %1 ”%2”: %3
</source>
        <translation>  refused: %1 “%2”: %3
</translation>
    </message>
    <message>
        <source>Sammanfogat: %1 nya, %2 ändrade, %3 borttagna, %4 återställda poster; %5 historikrader från platsen.
</source>
        <translation>Merged: %1 new, %2 changed, %3 deleted, %4 restored records; %5 history entries from the site.
</translation>
    </message>
    <message>
        <source>%1 konflikter: inget ändrades; avgör dem i Säkra eller välj --prefer central|site</source>
        <translation>%1 conflicts: nothing was changed; resolve them in Säkra or choose --prefer central|site</translation>
    </message>
    <message>
        <source>recover behöver exakt ett filnamn</source>
        <translation>recover needs exactly one file name</translation>
    </message>
    <message>
        <source>Filen %1 finns inte.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1: ingen avbruten ändring att ångra.</source>
        <translation>%1: no interrupted change to undo.</translation>
    </message>
    <message>
        <source>backup behöver FIL --out KOPIA.sakra</source>
        <translation>backup needs FILE --out COPY.sakra</translation>
    </message>
    <message>
        <source>%1 finns redan; välj ett nytt filnamn.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <source>Sparade en kopia av %1 i %2</source>
        <translation>Saved a copy of %1 to %2</translation>
    </message>
    <message>
        <source>restore behöver FIL --from KOPIA.sakra</source>
        <translation>restore needs FILE --from COPY.sakra</translation>
    </message>
    <message>
        <source>Återställde %1 från %2.</source>
        <translation>Restored %1 from %2.</translation>
    </message>
    <message>
        <source>Det tidigare innehållet finns i %1.</source>
        <translation>The previous content is in %1.</translation>
    </message>
    <message>
        <source>verify behöver exakt ett filnamn</source>
        <translation>verify needs exactly one file name</translation>
    </message>
    <message>
        <source>%1 har ett äldre filformat (%2) utan kedjad ändringshistorik; öppna det en gång med Säkra så byggs kedjan</source>
        <translation>%1 has an older file format (%2) without a chained change history; open it once with Säkra and the chain is built</translation>
    </message>
    <message>
        <source>ändringshistoriken har ändrats utanför Säkra: post %1 (%2) stämmer inte; den eller posten före den har ändrats, tagits bort eller lagts till</source>
        <translation>the change history has been changed outside Säkra: entry %1 (%2) does not match; it or the entry before it has been changed, removed or added</translation>
    </message>
    <message>
        <source>%1 poster, kedjan är obruten</source>
        <translation>%1 entries, the chain is unbroken</translation>
    </message>
    <message>
        <source>ogiltigt datum till %1: ”%2” (skriv ÅÅÅÅ-MM-DD)</source>
        <translation>invalid date for %1: “%2” (write YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>ingen enhet har id %1</source>
        <translation>no unit has id %1</translation>
    </message>
    <message>
        <source>ingen enhet heter ”%1”</source>
        <translation>no unit is called “%1”</translation>
    </message>
    <message>
        <source>%1 enheter heter ”%2”; ange enhetens id i stället</source>
        <translation>%1 units are called “%2”; give the unit&apos;s id instead</translation>
    </message>
    <message>
        <source>report behöver ett filnamn</source>
        <translation>report needs a file name</translation>
    </message>
    <message>
        <source>okänd flagga till report: %1</source>
        <translation>unknown option to report: %1</translation>
    </message>
    <message>
        <source>%1 behöver ett värde</source>
        <translation>%1 needs a value</translation>
    </message>
    <message>
        <source>report behöver FIL --kind SLAG --out UT.pdf</source>
        <translation>report needs FILE --kind KIND --out OUT.pdf</translation>
    </message>
    <message>
        <source>okänt rapportslag: ”%1” (välj %2)</source>
        <translation>unknown report kind: “%1” (choose %2)</translation>
    </message>
    <message>
        <source>okänt språk: ”%1” (välj sv|en)</source>
        <translation>unknown language: “%1” (choose sv|en)</translation>
    </message>
    <message>
        <source>--to ligger före --from</source>
        <translation>--to is before --from</translation>
    </message>
    <message>
        <source>report kan bara köras från sakra-cli</source>
        <translation>report can only be run from sakra-cli</translation>
    </message>
    <message>
        <source>Skrev %1 (%2 sidor)</source>
        <translation>Wrote %1 (%2 pages)</translation>
    </message>
    <message>
        <source>okänd tabell: %1 (välj bland %2)</source>
        <translation>unknown table: %1 (choose from %2)</translation>
    </message>
    <message>
        <source>import behöver FIL --in DATA.xlsx|DATA.csv [--table TABELL] [--dry-run]</source>
        <translation>import needs FILE --in DATA.xlsx|DATA.csv [--table TABLE] [--dry-run]</translation>
    </message>
    <message>
        <source>%1: inget blad heter som en tabell; ange vad raderna är med --table TABELL</source>
        <translation>%1: no sheet is named after a table; say what the rows are with --table TABLE</translation>
    </message>
    <message>
        <source>%1 av %2 rader</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <source>%1 lästes inte in: %2 rader avvisades; registret är oförändrat</source>
        <translation>%1 was not imported: %2 rows were refused; the register is unchanged</translation>
    </message>
    <message>
        <source>export behöver FIL --out DATA.json|DATA.xlsx|DATA.csv [--table TABELL] [--lang sv|en] [--include-restricted]</source>
        <translation>export needs FILE --out DATA.json|DATA.xlsx|DATA.csv [--table TABLE] [--lang sv|en] [--include-restricted]</translation>
    </message>
    <message>
        <source>okänt filformat: %1 (välj .json, .xlsx eller .csv)</source>
        <translation>unknown file format: %1 (choose .json, .xlsx or .csv)</translation>
    </message>
    <message>
        <source>okänt språk: %1 (välj sv eller en)</source>
        <translation>unknown language: %1 (choose sv or en)</translation>
    </message>
    <message>
        <source>en CSV-fil rymmer en tabell: ange den med --table TABELL</source>
        <translation>a CSV file holds one table: name it with --table TABLE</translation>
    </message>
    <message>
        <source>%1 är skyddade uppgifter och skrivs bara ut med --include-restricted</source>
        <translation>%1 are restricted data and are only written with --include-restricted</translation>
    </message>
    <message>
        <source>template behöver --table TABELL --out MALL.xlsx</source>
        <translation>template needs --table TABLE --out TEMPLATE.xlsx</translation>
    </message>
    <message>
        <source>en mall skrivs som .xlsx: %1</source>
        <translation>a template is written as .xlsx: %1</translation>
    </message>
    <message>
        <source>server behöver init, import, grant, revoke eller users och en adress (URL)</source>
        <translation>server needs init, import, grant, revoke or users and an address (URL)</translation>
    </message>
    <message>
        <source>server import behöver URL --from FIL</source>
        <translation>server import needs URL --from FILE</translation>
    </message>
    <message>
        <source>server grant behöver URL --user INLOGGNING --unit ENHET --role manager|coordinator|head</source>
        <translation>server grant needs URL --user LOGIN --unit UNIT --role manager|coordinator|head</translation>
    </message>
    <message>
        <source>server revoke behöver URL --user INLOGGNING [--unit ENHET]</source>
        <translation>server revoke needs URL --user LOGIN [--unit UNIT]</translation>
    </message>
    <message>
        <source>%1 hade ingen sådan behörighet</source>
        <translation>%1 held no such grant</translation>
    </message>
    <message>
        <source>search behöver FIL TEXT [--limit N] [--include-restricted]</source>
        <translation>search needs FILE TEXT [--limit N] [--include-restricted]</translation>
    </message>
    <message>
        <source>--limit behöver ett heltal från 1 till 100000</source>
        <translation>--limit needs a whole number from 1 to 100000</translation>
    </message>
    <message>
        <source>search behöver en TEXT med minst en bokstav eller siffra</source>
        <translation>search needs a TEXT with at least one letter or digit</translation>
    </message>
    <message>
        <source>assess behöver FIL [--scope ENHET] [--as-of DATUM]</source>
        <translation>assess needs FILE [--scope UNIT] [--as-of DATE]</translation>
    </message>
    <message>
        <source>--as-of vill ha ett datum som ÅÅÅÅ-MM-DD, inte &quot;%1&quot;</source>
        <translation>--as-of wants a date as YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--as-of %1 ligger efter i dag; egenkontrollen kan bara göras per en dag som har varit</source>
        <translation>--as-of %1 is after today; the self-assessment can only be made as of a day that has been</translation>
    </message>
    <message>
        <source>report behöver FIL --draft NAMN --out UT.pdf</source>
        <translation>report needs FILE --draft NAME --out OUT.pdf</translation>
    </message>
    <message>
        <source>%1 går inte ihop med --draft: utkastet bestämmer det självt</source>
        <translation>%1 does not go with --draft: the draft decides it itself</translation>
    </message>
    <message>
        <source>Skrev %1 (%2 sidor) från utkastet %3</source>
        <translation>Wrote %1 (%2 pages) from the draft %3</translation>
    </message>
    <message>
        <source>retention behöver FIL [--dry-run] eller FIL --set SLAG=MÅNADER</source>
        <translation>retention needs FILE [--dry-run] or FILE --set KIND=MONTHS</translation>
    </message>
    <message>
        <source>okänt slag av post: %1 (välj incident, threat_assessment eller person_left)</source>
        <translation>unknown kind of record: %1 (choose incident, threat_assessment or person_left)</translation>
    </message>
    <message>
        <source>%1: antalet månader ska vara ett heltal från 0 (för alltid) till %2</source>
        <translation>%1: the number of months must be a whole number from 0 (for ever) to %2</translation>
    </message>
    <message>
        <source>Användning: sakra-cli [--lang sv|en] KOMMANDO [ARGUMENT]

Kommandon:
  init FIL [--demo]               skapa ett nytt register (med demokommunen)
  check FIL                       kontrollera att filen är ett läsbart, helt register
  stats FIL                       antal poster per slag, som JSON
  export FIL --out DATA.json [--include-restricted]
                                  skriv hela registret som JSON; hotbildsbedömningar
                                  tas bara med när --include-restricted anges
  export FIL --out DATA.xlsx [--table TABELL] [--include-restricted]
                                  skriv registret som kalkylark, ett blad per tabell
  export FIL --out DATA.csv --table TABELL [--include-restricted]
                                  skriv en tabell som CSV (semikolon, för Excel)
  template --table TABELL --out MALL.xlsx
                                  skriv en tom mall att fylla i för inläsning
  import FIL --in DATA.json       läs in en JSON-export i ett nytt register från init
  import FIL --in DATA.xlsx|DATA.csv [--table TABELL] [--dry-run]
                                  läs in ett kalkylark, helt eller inte alls; skriver antal
                                  nya, ändrade, oförändrade och avvisade rader som JSON
                                  (slutkod 1 om någon rad avvisas: inget ändras då)
  recover FIL                     ångra en ändring som avbröts (krasch, strömavbrott); kopior
                                  av filen och journalen läggs i FIL.interrupted-…
  backup FIL --out KOPIA.sakra    spara en kopia av registret
  restore FIL --from KOPIA.sakra  ersätt registret med en kopia; det nuvarande innehållet
                                  sparas först i mappen för säkerhetskopior
  verify FIL                      kontrollera att ändringshistoriken inte ändrats utanför Säkra
  package FIL --unit ENHET --out DEL.sakra [--to MOTTAGARE]
                                  lämna ut enheten (namn eller id) med allt under den för
                                  arbete utan nätverk; DEL.sakra öppnas i Säkra som vanligt
  merge FIL --package DEL.sakra [--dry-run] [--json] [--prefer central|site]
                                  ta emot en utlämnad del: ändringar på bara ena sidan tas
                                  med; finns konflikter ändras inget (slutkod 1) utom med
                                  --prefer, som avgör alla åt ett håll
  server init URL                 gör ett gemensamt register i en tom PostgreSQL-databas;
                                  URL är en libpq-adress (postgresql://värd/databas eller
                                  host=… dbname=…) för en superanvändare
  server import URL --from FIL    för över ett helt register från en fil till ett tomt
                                  gemensamt register
  server grant URL --user INLOGGNING --unit ENHET --role manager|coordinator|head
         [--restricted] [--password LÖSENORD]
                                  ge en inloggning enheten (chef: enheten och under den;
                                  samordnare: förvaltningen; head: allt); --restricted även
                                  hotbildsbedömningar; inloggningen skapas om den saknas
  server revoke URL --user INLOGGNING [--unit ENHET]
                                  ta bort behörigheter (alla, eller den på enheten)
  server users URL                vilka som har behörighet till vad, som JSON
  search FIL TEXT [--limit N] [--include-restricted]
                                  sök i alla områden; varje ord i TEXT ska inleda ett ord
                                  i posten (stora och små bokstäver lika, å, ä och ö egna
                                  bokstäver); högst N träffar per område (20), de senast
                                  registrerade först, som JSON med area, uuid, title och
                                  unit; hotbildsbedömningar bara med --include-restricted
  generate FIL --scale small|municipality|stockholm
                                  skapa ett syntetiskt register för test och mätning
  assess FIL [--scope ENHET] [--as-of DATUM]
                                  självskattningen (ja, i huvudsak, delvis, nej) per enhet,
                                  förvaltning och nämnd som JSON, med skäl och
                                  rekommendationer; ENHET är namn eller id; utan ENHET även
                                  kommunen som helhet; per DATUM (ÅÅÅÅ-MM-DD, i dag om det
                                  inte anges) med det som var registrerat som sant då
  report FIL --kind measures|annual|organisation|situation|assessment --out UT.pdf
         [--scope ENHET] [--from DATUM] [--to DATUM] [--date DATUM]
         [--dnr DIARIENUMMER] [--classification TEXT]
                                  skriv en nämndhandling som PDF/A för enheten (namn eller
                                  id; hela kommunen om den inte anges) och perioden
                                  (ÅÅÅÅ-MM-DD); --classification skrivs överst på varje sida
  report FIL --draft NAMN --out UT.pdf
                                  skriv ett sparat utkast (namn eller id) med dess egen
                                  rubrik, slag, omfattning, period, språk, texter och
                                  undertecknare
  retention FIL [--dry-run]       gallra: töm fritext och personuppgifter i händelser,
                                  hotbildsbedömningar och personer som passerat tiden i
                                  registrets gallringsregler; statistiken består; en
                                  säkerhetskopia görs först; skriver vad som gallrades
                                  (med --dry-run: vad som skulle gallras) som JSON
  retention FIL --set SLAG=MÅNADER[,SLAG=MÅNADER]
                                  spara gallringsregler (SLAG: incident,
                                  threat_assessment, person_left; 0 = bevara för alltid)
                                  och visa vad en gallring skulle tömma; inget gallras

Flaggor:
  --lang sv|en                    svenska eller engelska: hjälpen, meddelandena, texterna
                                  i JSON och handlingarna (annars systemets språk)
  --help                          visa den här hjälpen
  --version                       visa versionen

Säkerhetskopior läggs i mappen backups bredvid standardregistret, eller i
$SAKRA_BACKUP_DIR om den är satt.

Slutkod: 0 klart, 1 fel (en rad på standard error), 2 felaktig användning,
3 den senaste ändringen avbröts: kör sakra-cli recover FIL.
</source>
        <translation>Usage: sakra-cli [--lang sv|en] COMMAND [ARGUMENTS]

Commands:
  init FILE [--demo]              create a new register (with the demo municipality)
  check FILE                      check that the file is a readable, complete register
  stats FILE                      number of records of each kind, as JSON
  export FILE --out DATA.json [--include-restricted]
                                  write the whole register as JSON; threat assessments
                                  are only included when --include-restricted is given
  export FILE --out DATA.xlsx [--table TABLE] [--include-restricted]
                                  write the register as a spreadsheet, one sheet per table
  export FILE --out DATA.csv --table TABLE [--include-restricted]
                                  write one table as CSV (semicolons, for Excel)
  template --table TABLE --out TEMPLATE.xlsx
                                  write an empty template to fill in for import
  import FILE --in DATA.json      read a JSON export into a new register made by init
  import FILE --in DATA.xlsx|DATA.csv [--table TABLE] [--dry-run]
                                  read a spreadsheet, all or nothing; writes the number of
                                  new, changed, unchanged and refused rows as JSON
                                  (exit code 1 if any row is refused: nothing changes then)
  recover FILE                    undo a change that was interrupted (crash, power cut); copies
                                  of the file and the journal are put in FILE.interrupted-…
  backup FILE --out COPY.sakra    save a copy of the register
  restore FILE --from COPY.sakra  replace the register with a copy; the current content is
                                  saved first in the backup folder
  verify FILE                     check that the change history has not been changed outside Säkra
  package FILE --unit UNIT --out PART.sakra [--to RECIPIENT]
                                  hand out the unit (name or id) with everything below it for
                                  work without a network; PART.sakra opens in Säkra as usual
  merge FILE --package PART.sakra [--dry-run] [--json] [--prefer central|site]
                                  receive a handed-out part: changes on only one side are
                                  taken; if there are conflicts nothing changes (exit code 1)
                                  except with --prefer, which settles them all one way
  server init URL                 make a shared register in an empty PostgreSQL database;
                                  URL is a libpq address (postgresql://host/database or
                                  host=… dbname=…) of a superuser
  server import URL --from FILE   move a whole register from a file into an empty shared
                                  register
  server grant URL --user LOGIN --unit UNIT --role manager|coordinator|head
         [--restricted] [--password PASSWORD]
                                  give a login the unit (manager: the unit and below it;
                                  coordinator: the administration; head: everything);
                                  --restricted also threat assessments; the login is created
                                  if it is missing
  server revoke URL --user LOGIN [--unit UNIT]
                                  remove grants (all of them, or the one on the unit)
  server users URL                who holds which grants, as JSON
  search FILE TEXT [--limit N] [--include-restricted]
                                  search every area; each word of TEXT must begin a word of
                                  the record (upper and lower case alike, å, ä and ö letters of
                                  their own); at most N hits per area (20), the ones registered
                                  last first, as JSON with area, uuid, title and unit; threat
                                  assessments only with --include-restricted
  generate FILE --scale small|municipality|stockholm
                                  create a synthetic register for testing and measurement
  assess FILE [--scope UNIT] [--as-of DATE]
                                  the self-assessment (yes, largely, partly, no) per unit,
                                  administration and board as JSON, with reasons and
                                  recommendations; UNIT is a name or id; without UNIT also
                                  the municipality as a whole; as of DATE (YYYY-MM-DD, today
                                  when not given) from what was recorded as true then
  report FILE --kind measures|annual|organisation|situation|assessment --out OUT.pdf
         [--scope UNIT] [--from DATE] [--to DATE] [--date DATE]
         [--dnr REGISTRATION-NUMBER] [--classification TEXT]
                                  write a board document as PDF/A for the unit (name or id;
                                  the whole municipality if not given) and the period
                                  (YYYY-MM-DD); --classification is printed at the top of each page
  report FILE --draft NAME --out OUT.pdf
                                  write a saved draft (name or id) with its own title,
                                  kind, scope, period, language, texts and signatories
  retention FILE [--dry-run]      retention (gallring): clear the free text and personal data
                                  of incidents, threat assessments and people who have left
                                  that have passed the time of the register&apos;s retention rules;
                                  the statistics stay; a backup is made first; prints what was
                                  cleared (with --dry-run: what would be) as JSON
  retention FILE --set KIND=MONTHS[,KIND=MONTHS]
                                  save retention rules (KIND: incident, threat_assessment,
                                  person_left; 0 = keep for ever) and show what a run would
                                  clear; nothing is cleared

Options:
  --lang sv|en                    Swedish or English: the help, the messages, the texts
                                  in JSON and the documents (otherwise the system&apos;s language)
  --help                          show this help
  --version                       show the version

Backups are put in the folder backups beside the default register, or in
$SAKRA_BACKUP_DIR if it is set.

Exit code: 0 done, 1 error (one line on standard error), 2 wrong usage,
3 the latest change was interrupted: run sakra-cli recover FILE.
</translation>
    </message>
</context>
<context>
    <name>sakra::Database</name>
    <message>
        <source>Kan inte skapa %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Kan inte öppna %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Du får inte ändra i %1 (filen eller mappen är skrivskyddad).</source>
        <translation>You may not change %1 (the file or folder is read-only).</translation>
    </message>
    <message>
        <source>Registret %1 är skrivskyddat och har ett äldre filformat (%2) som måste uppgraderas innan den här versionen kan visa det.</source>
        <translation>The register %1 is read-only and has an older file format (%2) that must be upgraded before this version can show it.</translation>
    </message>
    <message>
        <source>%1 används just nu av ett annat fönster eller en annan dator; försök igen om en stund.</source>
        <translation>%1 is in use by another window or another computer right now; try again in a moment.</translation>
    </message>
    <message>
        <source>Filen %1 är skadad: %2</source>
        <translation>The file %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Kan inte göra en säkerhetskopia av %1 före uppgraderingen.</source>
        <translation>Cannot make a backup of %1 before the upgrade.</translation>
    </message>
    <message>
        <source>Kan inte uppgradera %1: %2</source>
        <translation>Cannot upgrade %1: %2</translation>
    </message>
    <message>
        <source>%1 finns redan; välj ett nytt filnamn.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <source>Mappen %1 finns inte.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>en hänvisning i tabellen %1 pekar på en rad som inte finns</source>
        <translation>a reference in the table %1 points to a row that does not exist</translation>
    </message>
    <message>
        <source>registret var upptaget av ett annat program i över en minut</source>
        <translation>the register was busy in another program for over a minute</translation>
    </message>
    <message>
        <source>Registret är inte öppet.</source>
        <translation>The register is not open.</translation>
    </message>
    <message>
        <source>Välj en annan fil än det öppna registret.</source>
        <translation>Choose a file other than the open register.</translation>
    </message>
    <message>
        <source>Kan inte ersätta %1.</source>
        <translation>Cannot replace %1.</translation>
    </message>
    <message>
        <source>Kan inte spara en kopia till %1: %2</source>
        <translation>Cannot save a copy to %1: %2</translation>
    </message>
    <message>
        <source>Kan inte kopiera %1 till %2: %3</source>
        <translation>Cannot copy %1 to %2: %3</translation>
    </message>
    <message>
        <source>%1 är inget gemensamt register för Säkra (kör sakra-cli server init).</source>
        <translation>%1 is not a shared register for Säkra (run sakra-cli server init).</translation>
    </message>
    <message>
        <source>Det gemensamma registret %1 har ett nyare format (%2) än den här versionen av Säkra kan läsa; uppdatera programmet.</source>
        <translation>The shared register %1 has a newer format (%2) than this version of Säkra can read; update the program.</translation>
    </message>
    <message>
        <source>Det gemensamma registret %1 har ett äldre format (%2); den som förvaltar servern uppgraderar det med sakra-cli server init.</source>
        <translation>The shared register %1 has an older format (%2); whoever manages the server upgrades it with sakra-cli server init.</translation>
    </message>
</context>
<context>
    <name>sakra::Entity</name>
    <message>
        <source>Organisationsenhet</source>
        <translation>Organisational unit</translation>
    </message>
    <message>
        <source>Lokal</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Enhet i lokal</source>
        <translation>Unit at site</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Säkerhetsroll</source>
        <translation>Security role</translation>
    </message>
    <message>
        <source>Uppdrag</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>Planerade tjänster</source>
        <translation>Planned posts</translation>
    </message>
    <message>
        <source>Sakområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Sakområde i kravprofil</source>
        <translation>Focus area in requirement profile</translation>
    </message>
    <message>
        <source>Milstolpe</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Budgetram</source>
        <translation>Budget allocation</translation>
    </message>
    <message>
        <source>Riskkategori</source>
        <translation>Risk category</translation>
    </message>
    <message>
        <source>Riskmatris</source>
        <translation>Risk matrix</translation>
    </message>
    <message>
        <source>Riskinventering</source>
        <translation>Risk inventory</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Säkerhetsvandring</source>
        <translation>Security walk</translation>
    </message>
    <message>
        <source>Iakttagelse</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Lokalinventering</source>
        <translation>Premises inventory</translation>
    </message>
    <message>
        <source>Hotbildsbedömning</source>
        <translation>Threat assessment</translation>
    </message>
    <message>
        <source>Åtgärdstyp</source>
        <translation>Action type</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Åtgärd mot risk</source>
        <translation>Action against risk</translation>
    </message>
    <message>
        <source>Uppföljningsanteckning</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <source>Händelse</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Händelse som ledde till risk</source>
        <translation>Incident that led to a risk</translation>
    </message>
    <message>
        <source>Händelse som ledde till åtgärd</source>
        <translation>Incident that led to an action</translation>
    </message>
    <message>
        <source>Utbildning eller övning</source>
        <translation>Training or exercise</translation>
    </message>
    <message>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Enhet som rutinen gäller</source>
        <translation>Unit the routine applies to</translation>
    </message>
    <message>
        <source>Larmutrustning</source>
        <translation>Alarm equipment</translation>
    </message>
    <message>
        <source>Ändrat svar i självskattningen</source>
        <translation>Changed answer in the self-assessment</translation>
    </message>
    <message>
        <source>Rapportutkast</source>
        <translation>Report draft</translation>
    </message>
    <message>
        <source>Förvaltning under ytterligare nämnd</source>
        <translation>Administration under a further board</translation>
    </message>
    <message>
        <source>Gallringsregel</source>
        <translation>Retention rule</translation>
    </message>
</context>
<context>
    <name>sakra::EntityRepository</name>
    <message>
        <source>Posten (%1) finns inte.</source>
        <translation>The record (%1) does not exist.</translation>
    </message>
</context>
<context>
    <name>sakra::Field</name>
    <message>
        <source>Ingår i</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rapporterar till nämnd</source>
        <translation>Reports to board</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Gatuadress</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Lokal</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Namn (svenska)</source>
        <translation>Name (Swedish)</translation>
    </message>
    <message>
        <source>Namn (engelska)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Andel av heltid (%)</source>
        <translation>Share of full time (%)</translation>
    </message>
    <message>
        <source>Förvaltning eller bolag</source>
        <translation>Administration or company</translation>
    </message>
    <message>
        <source>Planerade tjänster</source>
        <translation>Planned posts</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Sakområde</source>
        <translation>Focus area</translation>
    </message>
    <message>
        <source>Måldatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nämnd</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Belopp (kr)</source>
        <translation>Amount (SEK)</translation>
    </message>
    <message>
        <source>Inställning</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Metod</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Riskinventering</source>
        <translation>Risk inventory</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Ägare</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Hotkälla</source>
        <translation>Threat source</translation>
    </message>
    <message>
        <source>Befintliga skydd</source>
        <translation>Existing controls</translation>
    </message>
    <message>
        <source>Sannolikhet</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Konsekvens</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <source>Konsekvens per dimension</source>
        <translation>Consequence per dimension</translation>
    </message>
    <message>
        <source>Kvarvarande sannolikhet</source>
        <translation>Residual likelihood</translation>
    </message>
    <message>
        <source>Kvarvarande konsekvens</source>
        <translation>Residual consequence</translation>
    </message>
    <message>
        <source>Kvarvarande konsekvens per dimension</source>
        <translation>Residual consequence per dimension</translation>
    </message>
    <message>
        <source>Risknivå</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Kvarvarande risknivå</source>
        <translation>Residual risk level</translation>
    </message>
    <message>
        <source>Bedömd</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Omprövas var (månader)</source>
        <translation>Review every (months)</translation>
    </message>
    <message>
        <source>Nästa omprövning</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Säkerhetsvandring</source>
        <translation>Security walk</translation>
    </message>
    <message>
        <source>Iakttagelse</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Blev risk</source>
        <translation>Became a risk</translation>
    </message>
    <message>
        <source>Utgångar</source>
        <translation>Exits</translation>
    </message>
    <message>
        <source>Rum för inrymning</source>
        <translation>Rooms for lockdown</translation>
    </message>
    <message>
        <source>Larm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Passersystem</source>
        <translation>Access control</translation>
    </message>
    <message>
        <source>Kameraövervakning</source>
        <translation>Camera surveillance</translation>
    </message>
    <message>
        <source>Tillstånd för kameraövervakning</source>
        <translation>Permit for camera surveillance</translation>
    </message>
    <message>
        <source>Tillståndet gäller till</source>
        <translation>Permit valid until</translation>
    </message>
    <message>
        <source>Bevakning</source>
        <translation>Guarding</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Hotnivå</source>
        <translation>Threat level</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Handläggare</source>
        <translation>Case officer</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Status ändrad</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Klart senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Beräknad kostnad (kr)</source>
        <translation>Estimated cost (SEK)</translation>
    </message>
    <message>
        <source>Verklig kostnad (kr)</source>
        <translation>Actual cost (SEK)</translation>
    </message>
    <message>
        <source>Ryms i budgetramen</source>
        <translation>Fits the budget allocation</translation>
    </message>
    <message>
        <source>Kräver nämndbeslut</source>
        <translation>Needs a board decision</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Förväntad sannolikhet efter åtgärd</source>
        <translation>Expected likelihood after action</translation>
    </message>
    <message>
        <source>Förväntad konsekvens efter åtgärd</source>
        <translation>Expected consequence after action</translation>
    </message>
    <message>
        <source>Skriven av</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Klockslag</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Utsatt</source>
        <translation>Exposed</translation>
    </message>
    <message>
        <source>Typ av händelse</source>
        <translation>Type of incident</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Allvarlighetsgrad</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Gärningspersonens relation</source>
        <translation>Perpetrator&apos;s relation</translation>
    </message>
    <message>
        <source>Misstänkt koppling till organiserad brottslighet</source>
        <translation>Suspected link to organised crime</translation>
    </message>
    <message>
        <source>Referens i incidentsystemet</source>
        <translation>Reference in the incident system</translation>
    </message>
    <message>
        <source>Polisanmäld</source>
        <translation>Reported to the police</translation>
    </message>
    <message>
        <source>Polisanmäld den</source>
        <translation>Reported to the police on</translation>
    </message>
    <message>
        <source>Allvarlig händelse</source>
        <translation>Serious incident</translation>
    </message>
    <message>
        <source>Anmäld till Arbetsmiljöverket den</source>
        <translation>Reported to the Work Environment Authority on</translation>
    </message>
    <message>
        <source>Samtal med chef</source>
        <translation>Talk with manager</translation>
    </message>
    <message>
        <source>Företagshälsovård</source>
        <translation>Occupational health services</translation>
    </message>
    <message>
        <source>Krisstöd</source>
        <translation>Crisis support</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Händelse</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Målgruppens storlek</source>
        <translation>Size of target group</translation>
    </message>
    <message>
        <source>Återkommer var (månader)</source>
        <translation>Recurs every (months)</translation>
    </message>
    <message>
        <source>Nästa tillfälle senast</source>
        <translation>Next session by</translation>
    </message>
    <message>
        <source>Dokumenterad</source>
        <translation>Documented</translation>
    </message>
    <message>
        <source>Fastställd</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Ses över var (månader)</source>
        <translation>Reviewed every (months)</translation>
    </message>
    <message>
        <source>Senast översedd</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <source>Nästa översyn</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Känd av personalen</source>
        <translation>Known by staff</translation>
    </message>
    <message>
        <source>Senast genomgången på arbetsplatsträff</source>
        <translation>Last gone through at a staff meeting</translation>
    </message>
    <message>
        <source>Länk till dokumentet</source>
        <translation>Link to the document</translation>
    </message>
    <message>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Larmet tas emot av</source>
        <translation>Alarm received by</translation>
    </message>
    <message>
        <source>Senast testad eller underhållen</source>
        <translation>Last tested or serviced</translation>
    </message>
    <message>
        <source>Testas var (månader)</source>
        <translation>Tested every (months)</translation>
    </message>
    <message>
        <source>Nästa test</source>
        <translation>Next test</translation>
    </message>
    <message>
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Motivering</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Beslutat</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Typ av rapport</source>
        <translation>Type of report</translation>
    </message>
    <message>
        <source>Omfattning</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Period från</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period till</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Datum på handlingen</source>
        <translation>Date of the document</translation>
    </message>
    <message>
        <source>Diarienummer</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Informationsklassning</source>
        <translation>Information classification</translation>
    </message>
    <message>
        <source>Förslag till beslut</source>
        <translation>Proposed decision</translation>
    </message>
    <message>
        <source>Ärendet</source>
        <translation>The matter</translation>
    </message>
    <message>
        <source>Beredning</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Föredragning</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Undertecknas av</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Kontrasigneras av</source>
        <translation>Countersigned by</translation>
    </message>
    <message>
        <source>Bedömd risk för hot och våld</source>
        <translation>Assessed risk of threats and violence</translation>
    </message>
    <message>
        <source>Lås</source>
        <translation>Locks</translation>
    </message>
    <message>
        <source>Skalskydd</source>
        <translation>Perimeter protection</translation>
    </message>
    <message>
        <source>Kostnadsberäknad</source>
        <translation>Cost estimated</translation>
    </message>
    <message>
        <source>Senaste test okänt</source>
        <translation>Last test unknown</translation>
    </message>
    <message>
        <source>Rapporterar även till nämnd</source>
        <translation>Also reports to board</translation>
    </message>
    <message>
        <source>Tjänst</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Kostnad per tjänst och år (kr)</source>
        <translation>Cost per post and year (SEK)</translation>
    </message>
    <message>
        <source>Betalas av nämnd</source>
        <translation>Paid by board</translation>
    </message>
    <message>
        <source>Gäller förtroendevalda</source>
        <translation>Meant for elected officials</translation>
    </message>
    <message>
        <source>Gallrad</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <source>Slag av post</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Bevaras i månader</source>
        <translation>Kept for months</translation>
    </message>
</context>
<context>
    <name>sakra::FileProbe</name>
    <message>
        <source>Filen %1 finns inte.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 är en mapp, inte ett Säkra-register.</source>
        <translation>%1 is a folder, not a Säkra register.</translation>
    </message>
    <message>
        <source>Filen %1 kan inte läsas: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Filen %1 är tom; den är inget Säkra-register.</source>
        <translation>The file %1 is empty; it is not a Säkra register.</translation>
    </message>
    <message>
        <source>Filen %1 är inget Säkra-register.</source>
        <translation>The file %1 is not a Säkra register.</translation>
    </message>
    <message>
        <source>Filen %1 är en databas från ett annat program, inget Säkra-register.</source>
        <translation>The file %1 is a database from another program, not a Säkra register.</translation>
    </message>
    <message>
        <source>Registret %1 är gjort av en nyare version av Säkra (filformat %2; den här versionen läser upp till %3). Uppdatera Säkra för att öppna det.</source>
        <translation>The register %1 was made by a newer version of Säkra (file format %2; this version reads up to %3). Update Säkra to open it.</translation>
    </message>
    <message>
        <source>Filen %1 är skadad (storleken stämmer inte med sidstorleken).</source>
        <translation>The file %1 is damaged (its size does not match the page size).</translation>
    </message>
    <message>
        <source>Filen %1 är skadad: den är kortare än den ska vara (avkortad?).</source>
        <translation>The file %1 is damaged: it is shorter than it should be (truncated?).</translation>
    </message>
</context>
<context>
    <name>sakra::FocusAreaRepository</name>
    <message>
        <source>Ge sakområdet ett namn.</source>
        <translation>Give the focus area a name.</translation>
    </message>
    <message>
        <source>Katalogen har redan ett sakområde som heter %1.</source>
        <translation>The catalogue already has a focus area called %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n kravprofil(er) har sakområdet; ta bort det ur dem först.</source>
        <translation>
            <numerusform>%n requirement profile has this focus area; remove it from that first.</numerusform>
            <numerusform>%n requirement profiles have this focus area; remove it from them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sakra::Handout</name>
    <message>
        <source>Välj en enhet som finns i registret.</source>
        <translation>Choose a unit that exists in the register.</translation>
    </message>
    <message>
        <source>Det här registret är självt en utlämnad del; lämna ut från det centrala registret.</source>
        <translation>This register is itself a handed-out part; hand out from the central register.</translation>
    </message>
    <message>
        <source>Ange vem som tar emot delen.</source>
        <translation>Enter who receives the part.</translation>
    </message>
    <message>
        <source>%1 finns redan; välj ett nytt filnamn.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <source>Mappen %1 finns inte.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Utlämningen avbröts.</source>
        <translation>The hand-out was cancelled.</translation>
    </message>
    <message>
        <source>Kunde inte skriva %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>sakra::History</name>
    <message>
        <source>%1 kr</source>
        <translation>SEK %1</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>sakra::Incident</name>
    <message>
        <source>Anställd</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Förtroendevald</source>
        <translation>Elected official</translation>
    </message>
    <message>
        <source>Annan</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Threat</translation>
    </message>
    <message>
        <source>Våld</source>
        <translation>Violence</translation>
    </message>
    <message>
        <source>Trakasserier</source>
        <translation>Harassment</translation>
    </message>
    <message>
        <source>Otillåten påverkan</source>
        <translation>Undue influence</translation>
    </message>
    <message>
        <source>Skadegörelse</source>
        <translation>Vandalism</translation>
    </message>
    <message>
        <source>Tillbud</source>
        <translation>Near miss</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>På plats</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Sociala medier</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Hembesök</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Utanför arbetstid</source>
        <translation>Off duty</translation>
    </message>
    <message>
        <source>Brukare, elev eller klient</source>
        <translation>Service user, pupil or client</translation>
    </message>
    <message>
        <source>Anhörig</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>Okänd</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Kollega</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Utreds</source>
        <translation>Under investigation</translation>
    </message>
    <message>
        <source>Åtgärder pågår</source>
        <translation>Actions in progress</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>1 – Lindrig</source>
        <translation>1 – Minor</translation>
    </message>
    <message>
        <source>2 – Måttlig</source>
        <translation>2 – Moderate</translation>
    </message>
    <message>
        <source>3 – Allvarlig</source>
        <translation>3 – Serious</translation>
    </message>
    <message>
        <source>4 – Mycket allvarlig</source>
        <translation>4 – Very serious</translation>
    </message>
</context>
<context>
    <name>sakra::IncidentActionRepository</name>
    <message>
        <source>Välj en händelse.</source>
        <translation>Choose an incident.</translation>
    </message>
    <message>
        <source>Välj den åtgärd som händelsen ledde till.</source>
        <translation>Choose the action the incident led to.</translation>
    </message>
    <message>
        <source>Händelsen är redan kopplad till åtgärden.</source>
        <translation>The incident is already linked to the action.</translation>
    </message>
</context>
<context>
    <name>sakra::IncidentRepository</name>
    <message>
        <source>Ange det datum då händelsen inträffade.</source>
        <translation>Enter the date the incident happened.</translation>
    </message>
    <message>
        <source>Händelsen kan inte ha inträffat i framtiden.</source>
        <translation>The incident cannot have happened in the future.</translation>
    </message>
    <message>
        <source>Välj den enhet där händelsen inträffade.</source>
        <translation>Choose the unit where the incident happened.</translation>
    </message>
    <message>
        <source>Den valda lokalen finns inte.</source>
        <translation>The chosen site does not exist.</translation>
    </message>
    <message>
        <source>Allvarlighetsgraden ska vara mellan 1 och 4.</source>
        <translation>The severity must be between 1 and 4.</translation>
    </message>
    <message>
        <source>Beskrivningen är för lång (högst 4 000 tecken).</source>
        <translation>The description is too long (at most 4,000 characters).</translation>
    </message>
    <message>
        <source>Referensen i incidentsystemet är för lång (högst 100 tecken).</source>
        <translation>The reference in the incident system is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>Referensen i incidentsystemet ska stå på en rad.</source>
        <translation>The reference in the incident system must be on one line.</translation>
    </message>
    <message>
        <source>Ett datum för polisanmälan kan bara anges när händelsen är polisanmäld.</source>
        <translation>A date of the police report can only be given when the incident has been reported to the police.</translation>
    </message>
    <message>
        <source>Polisanmälan kan inte vara gjord före händelsen.</source>
        <translation>The police report cannot have been made before the incident.</translation>
    </message>
    <message>
        <source>Polisanmälan kan inte vara gjord i framtiden.</source>
        <translation>The police report cannot have been made in the future.</translation>
    </message>
    <message>
        <source>Bara en allvarlig händelse anmäls till Arbetsmiljöverket; markera den som allvarlig eller ta bort datumet.</source>
        <translation>Only a serious incident is reported to the Work Environment Authority; mark it as serious or remove the date.</translation>
    </message>
    <message>
        <source>Anmälan till Arbetsmiljöverket kan inte vara gjord före händelsen.</source>
        <translation>The report to the Work Environment Authority cannot have been made before the incident.</translation>
    </message>
    <message>
        <source>Anmälan till Arbetsmiljöverket kan inte vara gjord i framtiden.</source>
        <translation>The report to the Work Environment Authority cannot have been made in the future.</translation>
    </message>
    <message>
        <source>Ange det datum då uppföljningen avslutades.</source>
        <translation>Enter the date the follow-up was closed.</translation>
    </message>
    <message>
        <source>Ett avslutsdatum kan bara anges när uppföljningen är avslutad.</source>
        <translation>A closing date can only be given when the follow-up is closed.</translation>
    </message>
    <message>
        <source>Uppföljningen kan inte ha avslutats före händelsen.</source>
        <translation>The follow-up cannot have been closed before the incident.</translation>
    </message>
    <message>
        <source>Uppföljningen kan inte ha avslutats i framtiden.</source>
        <translation>The follow-up cannot have been closed in the future.</translation>
    </message>
</context>
<context>
    <name>sakra::IncidentRiskRepository</name>
    <message>
        <source>Välj en händelse.</source>
        <translation>Choose an incident.</translation>
    </message>
    <message>
        <source>Välj den risk som händelsen ledde till.</source>
        <translation>Choose the risk the incident led to.</translation>
    </message>
    <message>
        <source>Händelsen är redan kopplad till risken.</source>
        <translation>The incident is already linked to the risk.</translation>
    </message>
</context>
<context>
    <name>sakra::IncidentStatistics</name>
    <message>
        <source>Ange både första och sista dag i perioden.</source>
        <translation>Enter both the first and the last day of the period.</translation>
    </message>
    <message>
        <source>Perioden slutar innan den börjar.</source>
        <translation>The period ends before it begins.</translation>
    </message>
    <message>
        <source>%1 kv. %2</source>
        <translation>Q%2 %1</translation>
    </message>
    <message>
        <source>Ange både första och sista kvartal.</source>
        <translation>Enter both the first and the last quarter.</translation>
    </message>
    <message>
        <source>Ange ett datum och minst ett kvartal.</source>
        <translation>Enter a date and at least one quarter.</translation>
    </message>
    <message>
        <source>Ange ett datum.</source>
        <translation>Enter a date.</translation>
    </message>
</context>
<context>
    <name>sakra::InterruptedWrite</name>
    <message>
        <source>Den senaste ändringen i %1 avbröts och kan bara ångras av någon som får skriva i filen och dess mapp. Registret är inte skadat: ta inte bort filen %2.</source>
        <translation>The latest change to %1 was interrupted and can only be undone by someone allowed to write to the file and its folder. The register is not damaged: do not delete the file %2.</translation>
    </message>
    <message>
        <source>Den senaste ändringen i %1 avbröts. Kan inte lägga en kopia av filen och dess journal i %2; inget har ändrats.</source>
        <translation>The latest change to %1 was interrupted. Cannot put a copy of the file and its journal in %2; nothing has been changed.</translation>
    </message>
    <message>
        <source>Den senaste ändringen i %1 avbröts och kunde inte ångras: %2. En kopia av filen och journalen finns i %3.</source>
        <translation>The latest change to %1 was interrupted and could not be undone: %2. A copy of the file and the journal is in %3.</translation>
    </message>
    <message>
        <source>%1: den senaste ändringen avbröts (krasch eller strömavbrott) och registret är inte skadat; kör sakra-cli recover %1 för att få tillbaka läget efter den senaste fullständiga ändringen.</source>
        <translation>%1: the latest change was interrupted (a crash or power cut) and the register is not damaged; run sakra-cli recover %1 to get back the state after the latest complete change.</translation>
    </message>
    <message>
        <source>Den senaste ändringen i %1 avbröts (krasch eller strömavbrott) och har ångrats. Registret är som det var efter den senaste fullständiga ändringen. En kopia av filen som den var finns i %2.</source>
        <translation>The latest change to %1 was interrupted (a crash or power cut) and has been undone. The register is as it was after the latest complete change. A copy of the file as it was is in %2.</translation>
    </message>
</context>
<context>
    <name>sakra::JsonImporter</name>
    <message>
        <source>rad %1, kolumn %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>värde saknas</source>
        <translation>value missing</translation>
    </message>
    <message>
        <source>ska vara text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>ska vara ett heltal</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>ska vara en lista</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>ska vara ett objekt</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>okänt fält</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>är inget giltigt UUID</source>
        <translation>is not a valid UUID</translation>
    </message>
    <message>
        <source>förekommer två gånger</source>
        <translation>occurs twice</translation>
    </message>
    <message>
        <source>ska vara minst 1</source>
        <translation>must be at least 1</translation>
    </message>
    <message>
        <source>hänvisar till %1 %2, som inte finns i filen</source>
        <translation>refers to %1 %2, which is not in the file</translation>
    </message>
    <message>
        <source>raden godtas inte: %1</source>
        <translation>the row is not accepted: %1</translation>
    </message>
    <message>
        <source>hänvisningen godtas inte: %1</source>
        <translation>the reference is not accepted: %1</translation>
    </message>
    <message>
        <source>inte giltig JSON (%1)</source>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>filen ska innehålla ett JSON-objekt</source>
        <translation>the file must contain a JSON object</translation>
    </message>
    <message>
        <source>filen är ingen Säkra-export (format ska vara &quot;%1&quot;)</source>
        <translation>the file is not a Säkra export (format must be &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>version %1 kan inte läsas; den här versionen av Säkra läser version 1 till %2</source>
        <translation>version %1 cannot be read; this version of Säkra reads versions 1 to %2</translation>
    </message>
    <message>
        <source>saknas eller är inget objekt</source>
        <translation>missing or not an object</translation>
    </message>
    <message>
        <source>okänd tabell</source>
        <translation>unknown table</translation>
    </message>
    <message>
        <source>Registret innehåller redan uppgifter. Importera till ett nytt register som skapats med init.</source>
        <translation>The register already holds data. Import into a new register created with init.</translation>
    </message>
    <message>
        <source>Filen ger ett register som inte hänger ihop: %1</source>
        <translation>The file gives a register that does not hold together: %1</translation>
    </message>
</context>
<context>
    <name>sakra::MergeApplier</name>
    <message>
        <source>%1: platsens flytt skulle göra enheten till en del av sig själv; behåll den centrala placeringen.</source>
        <translation>%1: the site&apos;s move would make the unit a part of itself; keep the central placement.</translation>
    </message>
    <message>
        <source>%1: välj en post som finns i registret.</source>
        <translation>%1: choose a record that exists in the register.</translation>
    </message>
    <message numerus="yes">
        <source>%n konflikter är inte avgjorda.</source>
        <translation>
            <numerusform>%n conflict is not resolved.</numerusform>
            <numerusform>%n conflicts are not resolved.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 hänvisar till en post som inte finns.</source>
        <translation>%1 %2 refers to a record that does not exist.</translation>
    </message>
    <message>
        <source>De nya enheterna hänvisar till varandra i en cirkel.</source>
        <translation>The new units refer to each other in a circle.</translation>
    </message>
</context>
<context>
    <name>sakra::MergeComparer</name>
    <message>
        <source>borttagen</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>ändrad</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>%1 borttagen</source>
        <translation>%1 deleted</translation>
    </message>
    <message>
        <source>hör till det centrala registret och ändras inte av en utlämnad del</source>
        <translation>belongs to the central register and is not changed by a handed-out part</translation>
    </message>
    <message>
        <source>finns inte i det centrala registret</source>
        <translation>does not exist in the central register</translation>
    </message>
    <message>
        <source>hänvisar till en post som finns i varken det centrala registret eller delen (%1)</source>
        <translation>refers to a record that is in neither the central register nor the part (%1)</translation>
    </message>
</context>
<context>
    <name>sakra::Merger</name>
    <message>
        <source>%1 kan inte tas emot: %2</source>
        <translation>%1 cannot be received: %2</translation>
    </message>
    <message>
        <source>%1 är gjord av en nyare version av Säkra; uppdatera Säkra först.</source>
        <translation>%1 was made by a newer version of Säkra; update Säkra first.</translation>
    </message>
    <message>
        <source>%1 är gjord av en äldre version av Säkra; öppna den en gång i den här versionen (den uppgraderas då) och ta emot den sedan.</source>
        <translation>%1 was made by an older version of Säkra; open it once in this version (it is then upgraded) and receive it after that.</translation>
    </message>
    <message>
        <source>%1 är inte en utlämnad del av ett register.</source>
        <translation>%1 is not a handed-out part of a register.</translation>
    </message>
    <message>
        <source>%1 lämnades ut från ett annat register och kan inte tas emot här.</source>
        <translation>%1 was handed out from another register and cannot be received here.</translation>
    </message>
    <message>
        <source>%1 lämnades inte ut från det här registret.</source>
        <translation>%1 was not handed out from this register.</translation>
    </message>
    <message>
        <source>%1 har ändrats utanför Säkra (dess utgångsläge stämmer inte med det som lämnades ut) och kan inte tas emot.</source>
        <translation>%1 has been changed outside Säkra (its base does not match what was handed out) and cannot be received.</translation>
    </message>
    <message>
        <source>Förhandsvisningen gäller en annan del; gör en ny.</source>
        <translation>The preview is for another part; make a new one.</translation>
    </message>
    <message>
        <source>Registret eller delen har ändrats sedan förhandsvisningen; gör en ny förhandsvisning och välj igen.</source>
        <translation>The register or the part has changed since the preview; make a new preview and choose again.</translation>
    </message>
</context>
<context>
    <name>sakra::Milestone</name>
    <message>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Pågående</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Uppskjuten</source>
        <translation>Postponed</translation>
    </message>
</context>
<context>
    <name>sakra::MilestoneRepository</name>
    <message>
        <source>Ge milstolpen en rubrik.</source>
        <translation>Give the milestone a title.</translation>
    </message>
    <message>
        <source>Ange måldatum som ÅÅÅÅ-MM-DD.</source>
        <translation>Enter the target date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>En milstolpe gäller strategisk, taktisk eller operativ nivå, eller alla nivåer.</source>
        <translation>A milestone concerns the strategic, tactical or operational level, or all levels.</translation>
    </message>
</context>
<context>
    <name>sakra::OrgUnitRepository</name>
    <message>
        <source>Ge enheten ett namn.</source>
        <translation>Give the unit a name.</translation>
    </message>
    <message>
        <source>Namnet är för långt (högst 200 tecken).</source>
        <translation>The name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>Kommunen ligger överst i trädet och kan inte ligga under något annat.</source>
        <translation>The municipality is at the top of the tree and cannot be below anything else.</translation>
    </message>
    <message>
        <source>Ett register rymmer bara en kommun.</source>
        <translation>A register holds only one municipality.</translation>
    </message>
    <message>
        <source>Välj var i organisationen enheten hör hemma.</source>
        <translation>Choose where in the organisation the unit belongs.</translation>
    </message>
    <message>
        <source>En enhet av typen %1 kan inte ligga under typen %2.</source>
        <translation>A unit of the type %1 cannot be below the type %2.</translation>
    </message>
    <message>
        <source>En enhet kan inte ligga under sig själv eller någon av sina egna underenheter.</source>
        <translation>A unit cannot be below itself or one of its own sub-units.</translation>
    </message>
    <message>
        <source>Välj den nämnd som förvaltningen eller bolaget rapporterar till.</source>
        <translation>Choose the board the administration or company reports to.</translation>
    </message>
    <message>
        <source>%1 är ingen nämnd.</source>
        <translation>%1 is not a board.</translation>
    </message>
    <message>
        <source>Bara förvaltningar och bolag rapporterar till en nämnd.</source>
        <translation>Only administrations and companies report to a board.</translation>
    </message>
    <message numerus="yes">
        <source>Enheten har %n underenhet(er); flytta eller ta bort dem först.</source>
        <translation>
            <numerusform>The unit has %n sub-unit; move or delete it first.</numerusform>
            <numerusform>The unit has %n sub-units; move or delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n förvaltning(ar) eller bolag rapporterar till nämnden; ändra det först.</source>
        <translation>
            <numerusform>%n administration or company reports to the board; change that first.</numerusform>
            <numerusform>%n administrations or companies report to the board; change that first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(er) hör till enheten; flytta dem först.</source>
        <translation>
            <numerusform>%n person belongs to the unit; move them first.</numerusform>
            <numerusform>%n people belong to the unit; move them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enheten har %n uppdrag i säkerhetsorganisationen; avsluta eller ta bort dem först.</source>
        <translation>
            <numerusform>The unit has %n assignment in the security organisation; end or delete it first.</numerusform>
            <numerusform>The unit has %n assignments in the security organisation; end or delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enheten finns i %n lokal(er); koppla bort dem först.</source>
        <translation>
            <numerusform>The unit is at %n site; unlink it first.</numerusform>
            <numerusform>The unit is at %n sites; unlink them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enheten har %n åtgärd(er); flytta eller ta bort dem först.</source>
        <translation>
            <numerusform>The unit has %n action; move or delete it first.</numerusform>
            <numerusform>The unit has %n actions; move or delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enheten har %n risk(er); flytta eller ta bort dem först.</source>
        <translation>
            <numerusform>The unit has %n risk; move or delete it first.</numerusform>
            <numerusform>The unit has %n risks; move or delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enheten har %n riskinventering(ar); ta bort dem först.</source>
        <translation>
            <numerusform>The unit has %n risk inventory; delete it first.</numerusform>
            <numerusform>The unit has %n risk inventories; delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enheten har %n hotbildsbedömning(ar); ta bort dem först.</source>
        <translation>
            <numerusform>The unit has %n threat assessment; delete it first.</numerusform>
            <numerusform>The unit has %n threat assessments; delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enheten har planerade tjänster på %n nivå(er); ta bort dem först.</source>
        <translation>
            <numerusform>The unit has planned posts at %n level; delete them first.</numerusform>
            <numerusform>The unit has planned posts at %n levels; delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enhetens kravprofil har %n sakområde(n); ta bort dem först.</source>
        <translation>
            <numerusform>The unit&apos;s requirement profile has %n focus area; remove it first.</numerusform>
            <numerusform>The unit&apos;s requirement profile has %n focus areas; remove them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nämnden har %n budgetram(ar); ta bort dem först.</source>
        <translation>
            <numerusform>The board has %n budget allocation; delete it first.</numerusform>
            <numerusform>The board has %n budget allocations; delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Förvaltningen rapporterar också till %n nämnd(er); ta bort det först.</source>
        <translation>
            <numerusform>The administration also reports to %n board; remove that first.</numerusform>
            <numerusform>The administration also reports to %n boards; remove that first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n förvaltning(ar) eller bolag rapporterar också till nämnden; ändra det först.</source>
        <translation>
            <numerusform>%n administration or company also reports to the board; change that first.</numerusform>
            <numerusform>%n administrations or companies also report to the board; change that first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nämnden betalar planerade tjänster på %n rad(er); ändra det först.</source>
        <translation>
            <numerusform>The board pays for planned posts on %n line; change that first.</numerusform>
            <numerusform>The board pays for planned posts on %n lines; change that first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sakra::PersonRepository</name>
    <message>
        <source>Ange personens namn.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>Namnet är för långt (högst 200 tecken).</source>
        <translation>The name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>E-postadressen är inte giltig (den ska se ut som namn@kommun.se).</source>
        <translation>The email address is not valid (it should look like name@municipality.se).</translation>
    </message>
    <message>
        <source>Telefonnumret får bara innehålla siffror, mellanslag, +, - och parenteser.</source>
        <translation>The phone number may only contain digits, spaces, +, - and brackets.</translation>
    </message>
    <message>
        <source>Den valda enheten finns inte.</source>
        <translation>The chosen unit does not exist.</translation>
    </message>
    <message numerus="yes">
        <source>Personen har %n uppdrag i säkerhetsorganisationen; ta bort dem först.</source>
        <translation>
            <numerusform>The person has %n assignment in the security organisation; delete it first.</numerusform>
            <numerusform>The person has %n assignments in the security organisation; delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personen är ansvarig för %n åtgärd(er); ge dem en annan ansvarig först.</source>
        <translation>
            <numerusform>The person is responsible for %n action; give it another person responsible first.</numerusform>
            <numerusform>The person is responsible for %n actions; give them another person responsible first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personen äger %n risk(er); ge dem en annan ägare först.</source>
        <translation>
            <numerusform>The person owns %n risk; give it another owner first.</numerusform>
            <numerusform>The person owns %n risks; give them another owner first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sakra::PlannedPostRepository</name>
    <message>
        <source>Tjänster planeras för en förvaltning eller ett bolag.</source>
        <translation>Posts are planned for an administration or a company.</translation>
    </message>
    <message>
        <source>Antalet tjänster ska vara mellan 0 och 999.</source>
        <translation>The number of posts must be between 0 and 999.</translation>
    </message>
    <message>
        <source>Tjänster på den nivån är redan planerade för enheten; ändra det antalet i stället.</source>
        <translation>Posts at that level are already planned for the unit; change that number instead.</translation>
    </message>
    <message>
        <source>Ange vilken tjänst det är, till exempel handläggare för bakgrundskontroller.</source>
        <translation>Name the post, for instance background-check officer.</translation>
    </message>
    <message>
        <source>Bara tjänster utanför de tre nivåerna har en egen benämning.</source>
        <translation>Only posts outside the three levels have a name of their own.</translation>
    </message>
    <message>
        <source>Benämningen får vara högst 200 tecken.</source>
        <translation>The name may be at most 200 characters.</translation>
    </message>
    <message>
        <source>Kostnaden per tjänst och år ska vara mellan 0 och 100 000 000 kr.</source>
        <translation>The cost per post and year must be between SEK 0 and 100,000,000.</translation>
    </message>
    <message>
        <source>Välj den nämnd som betalar tjänsterna.</source>
        <translation>Choose the board that pays for the posts.</translation>
    </message>
</context>
<context>
    <name>sakra::PremisesInventoryRepository</name>
    <message>
        <source>Välj den lokal som inventerades.</source>
        <translation>Choose the site that was inventoried.</translation>
    </message>
    <message>
        <source>Ange datum för lokalinventeringen (ÅÅÅÅ-MM-DD).</source>
        <translation>Enter the date of the premises inventory (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Kameraövervakning kräver tillstånd; ange tillståndets diarienummer eller referens.</source>
        <translation>Camera surveillance needs a permit; enter the permit&apos;s registration number or reference.</translation>
    </message>
    <message>
        <source>Ett tillstånds slutdatum anges bara när lokalen har kameraövervakning.</source>
        <translation>A permit&apos;s end date is only given when the site has camera surveillance.</translation>
    </message>
</context>
<context>
    <name>sakra::ProfileAreaRepository</name>
    <message>
        <source>Kravprofiler hör till förvaltningar och bolag.</source>
        <translation>Requirement profiles belong to administrations and companies.</translation>
    </message>
    <message>
        <source>Välj ett sakområde ur katalogen.</source>
        <translation>Choose a focus area from the catalogue.</translation>
    </message>
    <message>
        <source>Kravprofilen har redan det sakområdet.</source>
        <translation>The requirement profile already has that focus area.</translation>
    </message>
</context>
<context>
    <name>sakra::Query</name>
    <message>
        <source>Registret används just nu av ett annat fönster eller en annan dator. Inget har ändrats; försök igen om en stund.</source>
        <translation>The register is in use by another window or another computer right now. Nothing has been changed; try again in a moment.</translation>
    </message>
    <message>
        <source>Registret är öppnat skrivskyddat; ändringen sparades inte.</source>
        <translation>The register is open read-only; the change was not saved.</translation>
    </message>
    <message>
        <source>Du har inte behörighet till det här; ändringen sparades inte. Fråga den som ger behörigheter i det gemensamma registret.</source>
        <translation>You do not have permission for this; the change was not saved. Ask whoever grants access to the shared register.</translation>
    </message>
    <message>
        <source>Förbindelsen med det gemensamma registret bröts; ändringen sparades inte.</source>
        <translation>The connection to the shared register was lost; the change was not saved.</translation>
    </message>
</context>
<context>
    <name>sakra::RecordStore</name>
    <message>
        <source>Posten (%1) hör till det centrala registret och kan inte ändras i en utlämnad del.</source>
        <translation>The record (%1) belongs to the central register and cannot be changed in a handed-out part.</translation>
    </message>
    <message>
        <source>Posten (%1) har tagits bort under tiden.</source>
        <translation>The record (%1) has been deleted in the meantime.</translation>
    </message>
    <message>
        <source>Posten (%1) har ändrats någon annanstans sedan du öppnade den; läs in den på nytt och försök igen.</source>
        <translation>The record (%1) has been changed elsewhere since you opened it; reload it and try again.</translation>
    </message>
    <message>
        <source>Posten (%1) har ändrats någon annanstans; läs in den på nytt och försök igen.</source>
        <translation>The record (%1) has been changed elsewhere; reload it and try again.</translation>
    </message>
    <message>
        <source>Posten (%1) finns inte.</source>
        <translation>The record (%1) does not exist.</translation>
    </message>
</context>
<context>
    <name>sakra::Register</name>
    <message>
        <source>Registret har filformat %1 och behöver uppgraderas till %2: öppna det en gång i Säkra (eller med sakra-cli stats) först.</source>
        <translation>The register has file format %1 and needs to be upgraded to %2: open it once in Säkra (or with sakra-cli stats) first.</translation>
    </message>
</context>
<context>
    <name>sakra::RegisterSearch</name>
    <message>
        <source>Risker</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Anteckningar om åtgärder</source>
        <translation>Notes on actions</translation>
    </message>
    <message>
        <source>Händelser</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Utbildning och övningar</source>
        <translation>Training and exercises</translation>
    </message>
    <message>
        <source>Rutiner</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Larm</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Lokaler</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Hotbildsbedömningar</source>
        <translation>Threat assessments</translation>
    </message>
    <message>
        <source>Antalet träffar per område måste vara minst 1.</source>
        <translation>The number of hits per area must be at least 1.</translation>
    </message>
</context>
<context>
    <name>sakra::ReportDraftRepository</name>
    <message>
        <source>Ge utkastet ett namn.</source>
        <translation>Give the draft a name.</translation>
    </message>
    <message>
        <source>Namnet får vara högst 200 tecken.</source>
        <translation>The name may be at most 200 characters.</translation>
    </message>
    <message>
        <source>Periodens slut kan inte ligga före dess början.</source>
        <translation>The end of the period cannot be before its start.</translation>
    </message>
    <message>
        <source>Den valda delen av organisationen finns inte längre.</source>
        <translation>The chosen part of the organisation no longer exists.</translation>
    </message>
    <message>
        <source>Den som ska underteckna finns inte längre bland personerna.</source>
        <translation>The person who is to sign is no longer among the people.</translation>
    </message>
    <message>
        <source>Den som ska kontrasignera finns inte längre bland personerna.</source>
        <translation>The person who is to countersign is no longer among the people.</translation>
    </message>
    <message>
        <source>Kontrasignera med en annan person än den som undertecknar.</source>
        <translation>Countersign with a person other than the one who signs.</translation>
    </message>
</context>
<context>
    <name>sakra::ReportKind</name>
    <message>
        <source>Redovisning av åtgärder</source>
        <translation>Report on measures</translation>
    </message>
    <message>
        <source>Årlig sammanställning</source>
        <translation>Annual compilation</translation>
    </message>
    <message>
        <source>Säkerhetsorganisationens status</source>
        <translation>Status of the security organisation</translation>
    </message>
    <message>
        <source>Lägesbild</source>
        <translation>Situation report</translation>
    </message>
    <message>
        <source>Egenkontroll</source>
        <translation>Self-assessment</translation>
    </message>
</context>
<context>
    <name>sakra::RetentionRule</name>
    <message>
        <source>Händelser</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Hotbildsbedömningar</source>
        <translation>Threat assessments</translation>
    </message>
    <message>
        <source>Personer som slutat</source>
        <translation>People who have left</translation>
    </message>
    <message>
        <source>månader efter att händelsen avslutades (eller inträffade, om den inte är avslutad)</source>
        <translation>months after the incident was closed (or occurred, when it is not closed)</translation>
    </message>
    <message>
        <source>månader efter att bedömningen avslutades (öppna gallras aldrig)</source>
        <translation>months after the assessment was closed (open ones are never cleared)</translation>
    </message>
    <message>
        <source>månader efter att personens sista uppdrag upphörde, eller efter att personen togs bort</source>
        <translation>months after the person&apos;s last assignment ended, or after the person was removed</translation>
    </message>
</context>
<context>
    <name>sakra::RetentionRuleRepository</name>
    <message>
        <source>Tiden att bevara ska vara mellan 0 och %1 månader (0: för alltid).</source>
        <translation>The time to keep must be between 0 and %1 months (0: for ever).</translation>
    </message>
    <message>
        <source>Det finns redan en gallringsregel för det slaget; ändra den i stället.</source>
        <translation>There is already a retention rule for that kind; change it instead.</translation>
    </message>
</context>
<context>
    <name>sakra::RetentionRun</name>
    <message>
        <source>Gallring görs i ett register i en fil; i ett gemensamt register på en server görs den ännu inte av Säkra.</source>
        <translation>Retention is done in a register file; Säkra does not yet do it in a shared register on a server.</translation>
    </message>
    <message>
        <source>Det här är en utlämnad del av ett register. Gallra i det centrala registret; delen tar emot resultatet när den lämnas ut på nytt.</source>
        <translation>This is a part of a register handed out. Clear in the central register; the part gets the result when it is handed out again.</translation>
    </message>
    <message>
        <source>En post ändrades medan gallringen pågick; inget har gallrats. Försök igen.</source>
        <translation>A record changed while the retention run was going on; nothing was cleared. Try again.</translation>
    </message>
    <message>
        <source>Ändringshistoriken har ändrats utanför Säkra (post %1, %2); gallringen görs inte förrän det är utrett. Kontrollera historiken under Arkiv.</source>
        <translation>The change history has been changed outside Säkra (entry %1, %2); no retention run until that has been looked into. Check the history under File.</translation>
    </message>
    <message>
        <source>Gallringen avbröts; inget har gallrats.</source>
        <translation>The retention run was cancelled; nothing was cleared.</translation>
    </message>
</context>
<context>
    <name>sakra::Risk</name>
    <message>
        <source>Öppen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Åtgärdad</source>
        <translation>Treated</translation>
    </message>
    <message>
        <source>Accepterad</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>sakra::RiskCategoryRepository</name>
    <message>
        <source>Ge kategorin ett namn.</source>
        <translation>Give the category a name.</translation>
    </message>
    <message>
        <source>Det finns redan en kategori som heter %1.</source>
        <translation>There is already a category called %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(er) har kategorin; byt kategori på dem först.</source>
        <translation>
            <numerusform>%n risk has this category; change its category first.</numerusform>
            <numerusform>%n risks have this category; change their category first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sakra::RiskInventory</name>
    <message>
        <source>Låg</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Måttlig</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Hög</source>
        <translation>High</translation>
    </message>
</context>
<context>
    <name>sakra::RiskInventoryRepository</name>
    <message>
        <source>Välj den enhet där riskinventeringen gjordes.</source>
        <translation>Choose the unit where the risk inventory was made.</translation>
    </message>
    <message>
        <source>Ange datum för riskinventeringen (ÅÅÅÅ-MM-DD).</source>
        <translation>Enter the date of the risk inventory (YYYY-MM-DD).</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(er) kom fram vid inventeringen; koppla bort dem först.</source>
        <translation>
            <numerusform>%n risk came out of the inventory; unlink it first.</numerusform>
            <numerusform>%n risks came out of the inventory; unlink them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sakra::RiskMatrix</name>
    <message>
        <source>Matrisen har mellan %1 och %2 steg åt varje håll.</source>
        <translation>The matrix has between %1 and %2 steps each way.</translation>
    </message>
    <message>
        <source>Varje steg på skalorna behöver en svensk benämning.</source>
        <translation>Every step on the scales needs a Swedish label.</translation>
    </message>
    <message>
        <source>Matrisen behöver minst två risknivåer.</source>
        <translation>The matrix needs at least two risk levels.</translation>
    </message>
    <message>
        <source>Den lägsta risknivån ska börja på poäng 1, så att varje ruta får en nivå.</source>
        <translation>The lowest risk level must start at score 1, so that every cell gets a level.</translation>
    </message>
    <message>
        <source>Varje risknivå behöver en svensk benämning.</source>
        <translation>Every risk level needs a Swedish label.</translation>
    </message>
    <message>
        <source>Risknivån %1 saknar färg.</source>
        <translation>The risk level %1 has no colour.</translation>
    </message>
    <message>
        <source>Risknivåernas gränser ska stiga: %1 börjar inte över %2.</source>
        <translation>The risk levels&apos; thresholds must rise: %1 does not start above %2.</translation>
    </message>
    <message>
        <source>Risknivån %1 börjar på %2 poäng, men den högsta rutan ger %3.</source>
        <translation>The risk level %1 starts at %2 points, but the highest cell gives %3.</translation>
    </message>
    <message>
        <source>Varje konsekvensdimension behöver en nyckel och en svensk benämning.</source>
        <translation>Every consequence dimension needs a key and a Swedish label.</translation>
    </message>
    <message>
        <source>Konsekvensdimensionen %1 finns två gånger.</source>
        <translation>The consequence dimension %1 occurs twice.</translation>
    </message>
    <message>
        <source>Riskmatrisens inställning går inte att läsa.</source>
        <translation>The risk matrix setting cannot be read.</translation>
    </message>
</context>
<context>
    <name>sakra::RiskMatrixRepository</name>
    <message>
        <source>Registret behöver sin riskmatris; ändra den i stället.</source>
        <translation>The register needs its risk matrix; change it instead.</translation>
    </message>
</context>
<context>
    <name>sakra::RiskRegrader</name>
    <message>
        <source>Posten (%1) hör till det centrala registret och kan inte ändras i en utlämnad del.</source>
        <translation>The record (%1) belongs to the central register and cannot be changed in a handed-out part.</translation>
    </message>
    <message>
        <source>Riskerna ändrades under omräkningen; försök igen.</source>
        <translation>The risks were changed during the re-grading; try again.</translation>
    </message>
</context>
<context>
    <name>sakra::RiskRepository</name>
    <message>
        <source>Ge risken en rubrik.</source>
        <translation>Give the risk a title.</translation>
    </message>
    <message>
        <source>Rubriken är för lång (högst 300 tecken).</source>
        <translation>The title is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>Välj den enhet som risken gäller.</source>
        <translation>Choose the unit the risk concerns.</translation>
    </message>
    <message>
        <source>Den valda lokalen finns inte.</source>
        <translation>The chosen site does not exist.</translation>
    </message>
    <message>
        <source>Den valda riskinventeringen finns inte.</source>
        <translation>The chosen risk inventory does not exist.</translation>
    </message>
    <message>
        <source>Välj en kategori ur katalogen.</source>
        <translation>Choose a category from the catalogue.</translation>
    </message>
    <message>
        <source>Ägaren finns inte bland personerna i registret.</source>
        <translation>The owner is not among the people in the register.</translation>
    </message>
    <message>
        <source>Sannolikheten ska vara mellan 1 och %1.</source>
        <translation>The likelihood must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Konsekvensen för %1 ska vara mellan 1 och %2.</source>
        <translation>The consequence for %1 must be between 1 and %2.</translation>
    </message>
    <message>
        <source>Matrisen har ingen konsekvensdimension %1.</source>
        <translation>The matrix has no consequence dimension %1.</translation>
    </message>
    <message>
        <source>Konsekvensen ska vara mellan 1 och %1.</source>
        <translation>The consequence must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Ange både sannolikhet och konsekvens för den kvarvarande risken, eller ingen av dem.</source>
        <translation>Enter both likelihood and consequence for the residual risk, or neither.</translation>
    </message>
    <message>
        <source>Den kvarvarande sannolikheten ska vara mellan 1 och %1.</source>
        <translation>The residual likelihood must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Den kvarvarande konsekvensen ska vara mellan 1 och %1.</source>
        <translation>The residual consequence must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Rutan har ingen risknivå i matrisen; se över matrisens gränser.</source>
        <translation>The cell has no risk level in the matrix; check the matrix&apos;s thresholds.</translation>
    </message>
    <message>
        <source>Ange när risken bedömdes (ÅÅÅÅ-MM-DD).</source>
        <translation>Enter when the risk was assessed (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Risken omprövas var 1 till 60 månader.</source>
        <translation>The risk is reviewed every 1 to 60 months.</translation>
    </message>
    <message numerus="yes">
        <source>%n åtgärd(er) är kopplade till risken; koppla bort dem först.</source>
        <translation>
            <numerusform>%n action is linked to the risk; unlink it first.</numerusform>
            <numerusform>%n actions are linked to the risk; unlink them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n iakttagelse(r) från säkerhetsvandringar pekar på risken; ändra dem först.</source>
        <translation>
            <numerusform>%n finding from security walks points to the risk; change it first.</numerusform>
            <numerusform>%n findings from security walks point to the risk; change them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Iakttagelsen är redan kopplad till en risk.</source>
        <translation>The finding is already linked to a risk.</translation>
    </message>
</context>
<context>
    <name>sakra::Routine</name>
    <message>
        <source>Säkerhetsrutin</source>
        <translation>Security routine</translation>
    </message>
    <message>
        <source>Rutin mot hot och våld</source>
        <translation>Routine against threats and violence</translation>
    </message>
    <message>
        <source>Larmrutin</source>
        <translation>Alarm routine</translation>
    </message>
    <message>
        <source>Rutin för hembesök</source>
        <translation>Routine for home visits</translation>
    </message>
    <message>
        <source>Stöd till drabbade</source>
        <translation>Support for those affected</translation>
    </message>
    <message>
        <source>Händelser utanför arbetstid</source>
        <translation>Incidents outside working hours</translation>
    </message>
    <message>
        <source>Krisplan</source>
        <translation>Crisis plan</translation>
    </message>
    <message>
        <source>Beredskapsplan</source>
        <translation>Preparedness plan</translation>
    </message>
    <message>
        <source>Checklista</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Handlingsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Delvis</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Dubbelbemanning</source>
        <translation>Double staffing</translation>
    </message>
    <message>
        <source>Vet ej</source>
        <translation>Don&apos;t know</translation>
    </message>
</context>
<context>
    <name>sakra::RoutineRepository</name>
    <message>
        <source>Ge rutinen en rubrik.</source>
        <translation>Give the routine a title.</translation>
    </message>
    <message>
        <source>Rubriken är för lång (högst 300 tecken).</source>
        <translation>The title is too long (at most 300 characters).</translation>
    </message>
    <message>
        <source>Rutinen kan inte vara fastställd i framtiden.</source>
        <translation>The routine cannot be adopted in the future.</translation>
    </message>
    <message>
        <source>Ägaren finns inte bland personerna i registret.</source>
        <translation>The owner is not among the people in the register.</translation>
    </message>
    <message>
        <source>Ange hur många månader det ska gå mellan översynerna (1–60), eller 0 för ingen bestämd översyn.</source>
        <translation>Enter how many months are to pass between reviews (1–60), or 0 for no set review.</translation>
    </message>
    <message>
        <source>Den senaste översynen kan inte ligga i framtiden.</source>
        <translation>The latest review cannot be in the future.</translation>
    </message>
    <message>
        <source>Rutinen kan inte ha setts över innan den fastställdes.</source>
        <translation>The routine cannot have been reviewed before it was adopted.</translation>
    </message>
    <message>
        <source>Genomgången på arbetsplatsträffen kan inte ligga i framtiden.</source>
        <translation>The run-through at the staff meeting cannot be in the future.</translation>
    </message>
    <message>
        <source>Rutinen kan inte ha gåtts igenom med personalen innan den fastställdes.</source>
        <translation>The routine cannot have been gone through with staff before it was adopted.</translation>
    </message>
    <message>
        <source>Länken är för lång (högst 2 000 tecken).</source>
        <translation>The link is too long (at most 2,000 characters).</translation>
    </message>
    <message>
        <source>Länken ska stå på en rad.</source>
        <translation>The link must be on one line.</translation>
    </message>
    <message>
        <source>En rutin som inte är dokumenterad har inget dokument att länka till; markera den som dokumenterad.</source>
        <translation>A routine that is not documented has no document to link to; mark it as documented.</translation>
    </message>
</context>
<context>
    <name>sakra::RoutineUnitRepository</name>
    <message>
        <source>Välj en rutin.</source>
        <translation>Choose a routine.</translation>
    </message>
    <message>
        <source>Välj en enhet som rutinen gäller.</source>
        <translation>Choose a unit the routine applies to.</translation>
    </message>
    <message>
        <source>Rutinen gäller redan enheten.</source>
        <translation>The routine already applies to the unit.</translation>
    </message>
</context>
<context>
    <name>sakra::SecurityLevel</name>
    <message>
        <source>Strategisk</source>
        <translation>Strategic</translation>
    </message>
    <message>
        <source>Taktisk</source>
        <translation>Tactical</translation>
    </message>
    <message>
        <source>Operativ</source>
        <translation>Operational</translation>
    </message>
    <message>
        <source>Närliggande roll</source>
        <translation>Related role</translation>
    </message>
</context>
<context>
    <name>sakra::SecurityRoleRepository</name>
    <message>
        <source>Ge rollen ett svenskt namn.</source>
        <translation>Give the role a Swedish name.</translation>
    </message>
    <message>
        <source>Ge rollen en kod.</source>
        <translation>Give the role a code.</translation>
    </message>
    <message>
        <source>En annan roll har redan koden %1.</source>
        <translation>Another role already has the code %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n uppdrag har rollen; ta bort dem först.</source>
        <translation>
            <numerusform>%n assignment has this role; delete it first.</numerusform>
            <numerusform>%n assignments have this role; delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sakra::SecurityWalkRepository</name>
    <message>
        <source>Välj den lokal som vandringen gick genom.</source>
        <translation>Choose the site the walk went through.</translation>
    </message>
    <message>
        <source>Ange datum för säkerhetsvandringen (ÅÅÅÅ-MM-DD).</source>
        <translation>Enter the date of the security walk (YYYY-MM-DD).</translation>
    </message>
    <message numerus="yes">
        <source>Vandringen har %n iakttagelse(r); ta bort dem först.</source>
        <translation>
            <numerusform>The walk has %n finding; delete it first.</numerusform>
            <numerusform>The walk has %n findings; delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sakra::ServerAddress</name>
    <message>
        <source>Adressen till registret går inte att läsa: %1</source>
        <translation>The register’s address cannot be read: %1</translation>
    </message>
    <message>
        <source>Adressen till registret går inte att läsa: väntade nyckel=värde vid &quot;%1&quot;.</source>
        <translation>The register’s address cannot be read: expected key=value at &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Ange adressen till registret, till exempel postgresql://server/sakra.</source>
        <translation>Give the register’s address, for example postgresql://server/sakra.</translation>
    </message>
    <message>
        <source>Qt:s drivrutin för PostgreSQL saknas (paketet libqt6sql6-psql).</source>
        <translation>Qt’s PostgreSQL driver is missing (the package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Kan inte ansluta till %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
</context>
<context>
    <name>sakra::ServerAdmin</name>
    <message>
        <source>Ange användarens inloggningsnamn.</source>
        <translation>Give the user’s login name.</translation>
    </message>
    <message>
        <source>Enheten finns inte i registret.</source>
        <translation>The unit is not in the register.</translation>
    </message>
    <message>
        <source>%1 är superanvändare eller går förbi radsäkerheten på servern; ge registret en vanlig inloggning i stället.</source>
        <translation>%1 is a superuser or bypasses row-level security on the server; give the register an ordinary login instead.</translation>
    </message>
</context>
<context>
    <name>sakra::ServerImport</name>
    <message>
        <source>Det gemensamma registret %1 har redan innehåll; bara ett tomt register kan ta emot ett helt register från en fil.</source>
        <translation>The shared register %1 already holds data; only an empty register can take a whole register from a file.</translation>
    </message>
    <message>
        <source>Filen har poster som hänvisar till poster som inte finns; inget har förts över. Kör sakra-cli check på filen. %1</source>
        <translation>The file has records that refer to records that do not exist; nothing was moved. Run sakra-cli check on the file. %1</translation>
    </message>
</context>
<context>
    <name>sakra::SheetCells</name>
    <message>
        <source>”%1” är inget heltal</source>
        <translation>“%1” is not a whole number</translation>
    </message>
    <message>
        <source>”%1” är ett datum eller klockslag, inget tal</source>
        <translation>“%1” is a date or time, not a number</translation>
    </message>
    <message>
        <source>”%1” är inget tal</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>”%1” är inget datum</source>
        <translation>“%1” is not a date</translation>
    </message>
    <message>
        <source>”%1” är inget datum; skriv ÅÅÅÅ-MM-DD</source>
        <translation>“%1” is not a date; write YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>sakra::SheetColumns</name>
    <message>
        <source>Öppen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Svenska</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>Engelska</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>sakra::SiteRepository</name>
    <message>
        <source>Ge lokalen ett namn.</source>
        <translation>Give the site a name.</translation>
    </message>
    <message>
        <source>Namnet är för långt (högst 200 tecken).</source>
        <translation>The name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>Ett postnummer har fem siffror, till exempel 123 45.</source>
        <translation>A postcode has five digits, for example 123 45.</translation>
    </message>
    <message numerus="yes">
        <source>%n enhet(er) finns i lokalen; koppla bort dem först.</source>
        <translation>
            <numerusform>%n unit is at the site; unlink it first.</numerusform>
            <numerusform>%n units are at the site; unlink them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(er) gäller lokalen; ändra dem först.</source>
        <translation>
            <numerusform>%n risk concerns the site; change it first.</numerusform>
            <numerusform>%n risks concern the site; change them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n åtgärd(er) gäller lokalen; ändra dem först.</source>
        <translation>
            <numerusform>%n action concerns the site; change it first.</numerusform>
            <numerusform>%n actions concern the site; change them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lokalen har %n säkerhetsvandring(ar); ta bort dem först.</source>
        <translation>
            <numerusform>The site has %n security walk; delete it first.</numerusform>
            <numerusform>The site has %n security walks; delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lokalen har %n lokalinventering(ar); ta bort dem först.</source>
        <translation>
            <numerusform>The site has %n premises inventory; delete it first.</numerusform>
            <numerusform>The site has %n premises inventories; delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sakra::SpreadsheetExporter</name>
    <message>
        <source>Borttagen</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Heltal</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <source>Datum (ÅÅÅÅ-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Ett värde ur listan</source>
        <translation>A value from the list</translation>
    </message>
    <message>
        <source>Enhetens sökväg (som Lindvalla kommun › Socialnämnden) eller ett namn som bara finns en gång</source>
        <translation>The unit&apos;s path (such as Lindvalla kommun › Socialnämnden) or a name that occurs only once</translation>
    </message>
    <message>
        <source>Personens namn eller e-postadress</source>
        <translation>The person&apos;s name or email address</translation>
    </message>
    <message>
        <source>Namnet på en rad i %1</source>
        <translation>The name of a row in %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 är skyddade uppgifter och skrivs bara ut med --include-restricted.</source>
        <translation>%1 are restricted data and are only written with --include-restricted.</translation>
    </message>
    <message>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Instruktioner</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Mall för inläsning i Säkra: %1</source>
        <translation>Template for importing into Säkra: %1</translation>
    </message>
    <message>
        <source>Skriv en rad per post på bladet %1. Låt rubrikraden stå kvar som den är.</source>
        <translation>Write one row per record on the sheet %1. Leave the header row as it is.</translation>
    </message>
    <message>
        <source>Kolumner med en rullista tar bara emot värdena i listan.</source>
        <translation>Columns with a drop-down list accept only the values in the list.</translation>
    </message>
    <message>
        <source>Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-15, och belopp i hela kronor utan mellanslag.</source>
        <translation>Write dates as YYYY-MM-DD, for example 2026-03-15, and amounts in whole kronor without spaces.</translation>
    </message>
    <message>
        <source>Enheter anges med hela sökvägen eller med ett namn som bara finns en gång i registret, personer med namn eller e-postadress.</source>
        <translation>Units are given by their full path or by a name that occurs only once in the register, people by name or email address.</translation>
    </message>
    <message>
        <source>Obligatoriska kolumner måste fyllas i på varje rad. Inläsningen görs helt eller inte alls: en rad med fel stoppar hela filen och felet anges med bladets radnummer.</source>
        <translation>Required columns must be filled in on every row. The import is all or nothing: a row with an error stops the whole file, and the error is given with the sheet&apos;s row number.</translation>
    </message>
    <message>
        <source>Bladen _codes och _meta är dolda och används vid inläsningen. Ändra dem inte.</source>
        <translation>The sheets _codes and _meta are hidden and used by the import. Do not change them.</translation>
    </message>
    <message>
        <source>Kolumn</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Obligatorisk</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>sakra::SpreadsheetFile</name>
    <message>
        <source>Kan inte läsa %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Filen är tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Arbetsboken är krypterad med ett lösenord. Öppna den i kalkylprogrammet, ta bort lösenordet och spara den igen.</source>
        <translation>The workbook is encrypted with a password. Open it in the spreadsheet program, remove the password and save it again.</translation>
    </message>
    <message>
        <source>Filen är i det gamla Excel-formatet (.xls). Öppna den i kalkylprogrammet och spara den som Excel-arbetsbok (.xlsx) eller CSV.</source>
        <translation>The file is in the old Excel format (.xls). Open it in the spreadsheet program and save it as an Excel workbook (.xlsx) or CSV.</translation>
    </message>
    <message>
        <source>Filen är varken en Excel-arbetsbok (.xlsx) eller en textfil med kolumner (CSV).</source>
        <translation>The file is neither an Excel workbook (.xlsx) nor a text file with columns (CSV).</translation>
    </message>
    <message>
        <source>Filen är större än %1 MB och läses inte in som CSV.</source>
        <translation>The file is larger than %1 MB and is not read as CSV.</translation>
    </message>
    <message>
        <source>Filen innehåller inga rader.</source>
        <translation>The file contains no rows.</translation>
    </message>
</context>
<context>
    <name>sakra::SpreadsheetImporter</name>
    <message>
        <source>kolumnen kan inte läsas som ”%1”, som %2 inte har</source>
        <translation>the column cannot be read as “%1”, which %2 does not have</translation>
    </message>
    <message>
        <source>rubriken finns i både kolumn %1 och %2; ta bort eller byt namn på den ena</source>
        <translation>the header is in both column %1 and %2; remove or rename one of them</translation>
    </message>
    <message>
        <source>kolumnen ”%1” saknas; den behövs för varje ny rad</source>
        <translation>the column “%1” is missing; it is needed for every new row</translation>
    </message>
    <message>
        <source>%1 ”%2” finns inte i registret</source>
        <translation>%1 “%2” does not exist in the register</translation>
    </message>
    <message>
        <source>; menade du %1?</source>
        <translation>; did you mean %1?</translation>
    </message>
    <message>
        <source>%1 ”%2” kan vara flera: %3; skriv hela sökvägen eller en unik uppgift</source>
        <translation>%1 “%2” may be several: %3; write the full path or a unique detail</translation>
    </message>
    <message>
        <source>”%1” finns inte bland värdena: %2</source>
        <translation>“%1” is not among the values: %2</translation>
    </message>
    <message>
        <source>är inget giltigt UUID</source>
        <translation>is not a valid UUID</translation>
    </message>
    <message>
        <source>raden passar flera poster: %1; ange UUID för den som menas</source>
        <translation>the row matches several records: %1; give the UUID of the one meant</translation>
    </message>
    <message>
        <source>raden gäller samma post som rad %1 på bladet</source>
        <translation>the row concerns the same record as row %1 on the sheet</translation>
    </message>
    <message>
        <source>raden godtas inte: %1</source>
        <translation>the row is not accepted: %1</translation>
    </message>
    <message>
        <source>Bladet ”%1” finns inte i filen.</source>
        <translation>The sheet “%1” is not in the file.</translation>
    </message>
    <message>
        <source>Arbetsbokens dolda blad %1 nämner bladet ”%2” med tabellen ”%3”, som inte finns.</source>
        <translation>The workbook&apos;s hidden sheet %1 names the sheet “%2” with the table “%3”, which does not exist.</translation>
    </message>
</context>
<context>
    <name>sakra::TableWriter</name>
    <message>
        <source>Välj en fil som slutar på .xlsx eller .csv: %1</source>
        <translation>Choose a file ending in .xlsx or .csv: %1</translation>
    </message>
    <message>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>sakra::ThreatAssessment</name>
    <message>
        <source>Låg</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Måttlig</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Hög</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Allvarlig</source>
        <translation>Severe</translation>
    </message>
</context>
<context>
    <name>sakra::ThreatAssessmentRepository</name>
    <message>
        <source>Välj den enhet som bedömningen gäller.</source>
        <translation>Choose the unit the assessment concerns.</translation>
    </message>
    <message>
        <source>Ange när bedömningen gjordes (ÅÅÅÅ-MM-DD).</source>
        <translation>Enter when the assessment was made (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Ange vad eller vem bedömningen gäller.</source>
        <translation>Enter what or whom the assessment concerns.</translation>
    </message>
    <message>
        <source>Handläggaren finns inte bland personerna i registret.</source>
        <translation>The case officer is not among the people in the register.</translation>
    </message>
    <message>
        <source>Ange när ärendet avslutades.</source>
        <translation>Enter when the case was closed.</translation>
    </message>
    <message>
        <source>Ärendet kan inte avslutas innan det bedömdes.</source>
        <translation>The case cannot be closed before it was assessed.</translation>
    </message>
</context>
<context>
    <name>sakra::Training</name>
    <message>
        <source>Hot och våld</source>
        <translation>Threats and violence</translation>
    </message>
    <message>
        <source>Pågående dödligt våld</source>
        <translation>Ongoing lethal violence</translation>
    </message>
    <message>
        <source>Bemötande av besökare</source>
        <translation>Treatment of visitors</translation>
    </message>
    <message>
        <source>Larmövning</source>
        <translation>Alarm drill</translation>
    </message>
    <message>
        <source>Utrymningsövning</source>
        <translation>Evacuation drill</translation>
    </message>
    <message>
        <source>Inrymningsövning</source>
        <translation>Lockdown drill</translation>
    </message>
    <message>
        <source>Brandövning</source>
        <translation>Fire drill</translation>
    </message>
    <message>
        <source>Krisövning</source>
        <translation>Crisis exercise</translation>
    </message>
</context>
<context>
    <name>sakra::TrainingRepository</name>
    <message>
        <source>Välj den enhet som utbildningen eller övningen gällde.</source>
        <translation>Choose the unit the training or exercise was for.</translation>
    </message>
    <message>
        <source>Ange det datum då utbildningen eller övningen hölls.</source>
        <translation>Enter the date the training or exercise was held.</translation>
    </message>
    <message>
        <source>Registrera utbildningar och övningar när de har hållits; planerade tillfällen hör hemma i handlingsplanen.</source>
        <translation>Register training and exercises once they have been held; planned sessions belong in the action plan.</translation>
    </message>
    <message>
        <source>Rubriken är för lång (högst 200 tecken).</source>
        <translation>The title is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>Antalet deltagare ska vara mellan 0 och 1 000 000.</source>
        <translation>The number of participants must be between 0 and 1,000,000.</translation>
    </message>
    <message>
        <source>Målgruppens storlek ska vara mellan 0 och 1 000 000.</source>
        <translation>The size of the target group must be between 0 and 1,000,000.</translation>
    </message>
    <message>
        <source>Fler deltagare än målgruppen: öka målgruppens storlek eller minska antalet deltagare.</source>
        <translation>More participants than the target group: increase the size of the target group or reduce the number of participants.</translation>
    </message>
    <message>
        <source>Ange hur många månader det ska gå mellan tillfällena (1–120), eller 0 om det inte återkommer.</source>
        <translation>Enter how many months are to pass between sessions (1–120), or 0 if it does not recur.</translation>
    </message>
</context>
<context>
    <name>sakra::UnitBoardRepository</name>
    <message>
        <source>Välj en förvaltning eller ett bolag.</source>
        <translation>Choose an administration or a company.</translation>
    </message>
    <message>
        <source>Välj en nämnd.</source>
        <translation>Choose a board.</translation>
    </message>
    <message>
        <source>Förvaltningen rapporterar redan till den nämnden.</source>
        <translation>The administration already reports to that board.</translation>
    </message>
    <message>
        <source>Bara förvaltningar och bolag rapporterar till en nämnd.</source>
        <translation>Only administrations and companies report to a board.</translation>
    </message>
    <message>
        <source>%1 är ingen nämnd.</source>
        <translation>%1 is not a board.</translation>
    </message>
    <message>
        <source>%1 är redan förvaltningens egen nämnd.</source>
        <translation>%1 is already the administration&apos;s own board.</translation>
    </message>
</context>
<context>
    <name>sakra::UnitKind</name>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Nämnd</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Förvaltning</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Bolag</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Avdelning</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
</context>
<context>
    <name>sakra::UnitSiteRepository</name>
    <message>
        <source>Välj en enhet.</source>
        <translation>Choose a unit.</translation>
    </message>
    <message>
        <source>Välj en lokal.</source>
        <translation>Choose a site.</translation>
    </message>
    <message>
        <source>Enheten finns redan i lokalen.</source>
        <translation>The unit is already at the site.</translation>
    </message>
</context>
<context>
    <name>sakra::WalkFindingRepository</name>
    <message>
        <source>Iakttagelsen hör till en säkerhetsvandring som inte finns.</source>
        <translation>The finding belongs to a security walk that does not exist.</translation>
    </message>
    <message>
        <source>Beskriv vad vandringen fann.</source>
        <translation>Describe what the walk found.</translation>
    </message>
    <message>
        <source>Den valda risken finns inte.</source>
        <translation>The chosen risk does not exist.</translation>
    </message>
</context>
<context>
    <name>sakra::XlsxReader</name>
    <message>
        <source>Arbetsboken är skadad: delen %1 är inte giltig XML (rad %2: %3).</source>
        <translation>The workbook is damaged: the part %1 is not valid XML (line %2: %3).</translation>
    </message>
    <message>
        <source>text väntades i elementet</source>
        <translation>text expected in the element</translation>
    </message>
    <message>
        <source>Bladet %1 är skadat: cellen %2 finns inte.</source>
        <translation>The sheet %1 is damaged: the cell %2 does not exist.</translation>
    </message>
    <message>
        <source>Bladet %1 är skadat: radnumret %2 kommer i fel ordning.</source>
        <translation>The sheet %1 is damaged: the row number %2 comes in the wrong order.</translation>
    </message>
    <message>
        <source>Filen ser ut som en XLSX-arbetsbok men arkivet är trasigt eller ofullständigt (kanske avbrutet när den kopierades). Spara den på nytt från kalkylprogrammet.</source>
        <translation>The file looks like an XLSX workbook but the archive is broken or incomplete (perhaps cut off while it was copied). Save it again from the spreadsheet program.</translation>
    </message>
    <message>
        <source>Arbetsboken saknar delen %1; den är inte en XLSX-fil eller är skadad.</source>
        <translation>The workbook lacks the part %1; it is not an XLSX file or it is damaged.</translation>
    </message>
    <message>
        <source>Arbetsboken är lösenordsskyddad. Spara den utan lösenord och försök igen.</source>
        <translation>The workbook is password-protected. Save it without a password and try again.</translation>
    </message>
    <message>
        <source>Arbetsboken är skadad eller ofullständig (delen %1 kan inte packas upp). Spara den på nytt från kalkylprogrammet.</source>
        <translation>The workbook is damaged or incomplete (the part %1 cannot be unpacked). Save it again from the spreadsheet program.</translation>
    </message>
    <message>
        <source>Arbetsboken packas upp till orimligt mycket data (mer än %1 MB, eller mer än %2 gånger sin packade storlek) och läses inte in. Den kan vara gjord för att fylla minnet.</source>
        <translation>The workbook unpacks to an unreasonable amount of data (more than %1 MB, or more than %2 times its packed size) and is not read. It may be made to fill the memory.</translation>
    </message>
    <message>
        <source>Bladet %1 är skadat: cellen %2%3 hänvisar till en text som saknas.</source>
        <translation>The sheet %1 is damaged: the cell %2%3 refers to a text that is missing.</translation>
    </message>
    <message>
        <source>Filen är ett zip-arkiv men ingen XLSX-arbetsbok (delen %1 saknas).</source>
        <translation>The file is a zip archive but not an XLSX workbook (the part %1 is missing).</translation>
    </message>
    <message>
        <source>Arbetsboken har inga blad.</source>
        <translation>The workbook has no sheets.</translation>
    </message>
</context>
<context>
    <name>sakra::XlsxWorkbook</name>
    <message>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>mappen finns inte</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>Kan inte skriva %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Bladet %1 rymmer inte fler än %2 rader.</source>
        <translation>The sheet %1 holds no more than %2 rows.</translation>
    </message>
    <message>
        <source>Värde ur listan</source>
        <translation>Value from the list</translation>
    </message>
    <message>
        <source>Välj ett av värdena i listan.</source>
        <translation>Choose one of the values in the list.</translation>
    </message>
</context>
<context>
    <name>sakra::XmlScanner</name>
    <message>
        <source>teckenkodningen %1 kan inte läsas</source>
        <translation>the character encoding %1 cannot be read</translation>
    </message>
    <message>
        <source>texten är inte kodad som den säger</source>
        <translation>the text is not encoded as it says</translation>
    </message>
    <message>
        <source>attributet %1 står två gånger</source>
        <translation>the attribute %1 occurs twice</translation>
    </message>
    <message>
        <source>sluttaggen &lt;/%1&gt; passar inte till &lt;%2&gt;</source>
        <translation>the end tag &lt;/%1&gt; does not match &lt;%2&gt;</translation>
    </message>
    <message>
        <source>okänd entitet eller ogiltig teckenreferens &amp;%1;</source>
        <translation>unknown entity or invalid character reference &amp;%1;</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ActionArea</name>
    <message>
        <source>Åt&amp;gärder</source>
        <translation>Ac&amp;tions</translation>
    </message>
    <message>
        <source>Ö&amp;versikt</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <source>Ny åtgärd för risken</source>
        <translation>New action for the risk</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ActionEditor</name>
    <message>
        <source>Ingen åtgärd vald</source>
        <translation>No action selected</translation>
    </message>
    <message>
        <source>Ny åtgärd</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Lägg till åtgärden %1</source>
        <translation>Add the action %1</translation>
    </message>
    <message>
        <source>Ändra åtgärden %1</source>
        <translation>Edit the action %1</translation>
    </message>
    <message>
        <source>Ta bort åtgärd</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <source>Ta bort åtgärden %1 med dess uppföljning och riskkopplingar? Det går att ångra.</source>
        <translation>Delete the action %1 with its follow-up and risk links? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort åtgärden %1</source>
        <translation>Delete the action %1</translation>
    </message>
    <message>
        <source>&amp;Rubrik:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>E&amp;nhet:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>&amp;Lokal:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Ansvarig:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>Skriv en del av namnet</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>Status och tider</source>
        <translation>Status and dates</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Sta&amp;rt:</translation>
    </message>
    <message>
        <source>Har startdatum</source>
        <translation>Has a start date</translation>
    </message>
    <message>
        <source>Klar sena&amp;st:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>Har slutdatum</source>
        <translation>Has a due date</translation>
    </message>
    <message>
        <source>Genomför&amp;d:</source>
        <translation>Don&amp;e:</translation>
    </message>
    <message>
        <source>Genomförd den</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Kostnad och beslut</source>
        <translation>Cost and decision</translation>
    </message>
    <message>
        <source>Beräknad &amp;kostnad:</source>
        <translation>Estimated &amp;cost:</translation>
    </message>
    <message>
        <source>Beräknad kostnad i kronor</source>
        <translation>Estimated cost in kronor</translation>
    </message>
    <message>
        <source>&amp;Verklig kostnad:</source>
        <translation>&amp;Actual cost:</translation>
    </message>
    <message>
        <source>Verklig kostnad i kronor</source>
        <translation>Actual cost in kronor</translation>
    </message>
    <message>
        <source>Ryms inom budgeterad ram</source>
        <translation>Fits the budget allocation</translation>
    </message>
    <message>
        <source>Kräver nya pengar</source>
        <translation>Needs new money</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Kräver beslut i nämnden</source>
        <translation>Needs a board decision</translation>
    </message>
    <message numerus="yes">
        <source>Försenad: skulle ha varit klar %1, för %n dagar sedan.</source>
        <translation>
            <numerusform>Overdue: should have been done %1, %n day ago.</numerusform>
            <numerusform>Overdue: should have been done %1, %n days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>från i dag</source>
        <translation>from today</translation>
    </message>
    <message>
        <source>ändras i dag</source>
        <translation>changes today</translation>
    </message>
    <message>
        <source>sedan %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Ej kostnadsberäknad</source>
        <translation>Not estimated</translation>
    </message>
    <message>
        <source>Ingen har ännu uppskattat kostnaden. Rapporterna skriver ”ej kostnadsberäknad” i stället för 0 kr och räknar inte med den.</source>
        <translation>Nobody has estimated the cost yet. The reports write “not estimated” instead of 0 kr and leave it out of the sums.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ActionFilterPanel</name>
    <message>
        <source>&amp;Försenade</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <source>Förfaller inom &amp;30 dagar</source>
        <translation>Due within &amp;30 days</translation>
    </message>
    <message>
        <source>Kräver nämnd&amp;beslut</source>
        <translation>Needs a board &amp;decision</translation>
    </message>
    <message>
        <source>Visa åtgärder för alla risker</source>
        <translation>Show actions for all risks</translation>
    </message>
    <message>
        <source>Rubrik eller beskrivning (Ctrl+F)</source>
        <translation>Title or description (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alla ansvariga; skriv en del av namnet</source>
        <translation>All responsible; type part of the name</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Planerade och pågående åtgärder vars slutdatum har passerat</source>
        <translation>Planned and ongoing actions whose due date has passed</translation>
    </message>
    <message>
        <source>Planerade och pågående åtgärder som ska vara klara inom %1 dagar</source>
        <translation>Planned and ongoing actions due within %1 days</translation>
    </message>
    <message>
        <source>Åtgärder som måste beslutas av nämnden</source>
        <translation>Actions that must be decided by the board</translation>
    </message>
    <message>
        <source>Rensa filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>A&amp;nsvarig:</source>
        <translation>Respo&amp;nsible:</translation>
    </message>
    <message>
        <source>Visar åtgärder som behandlar risken: %1</source>
        <translation>Showing actions that treat the risk: %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ActionListTab</name>
    <message>
        <source>&amp;Ny åtgärd</source>
        <translation>&amp;New action</translation>
    </message>
    <message>
        <source>Ta &amp;bort åtgärd</source>
        <translation>&amp;Delete action</translation>
    </message>
    <message>
        <source>Lägg till en åtgärd (Insert i listan)</source>
        <translation>Add an action (Insert in the list)</translation>
    </message>
    <message>
        <source>Ta bort den valda åtgärden med dess uppföljning och riskkopplingar (Delete i listan); kan ångras</source>
        <translation>Delete the selected action with its follow-up and risk links (Delete in the list); can be undone</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>1 åtgärd</source>
        <translation>1 action</translation>
    </message>
    <message>
        <source>%1 åtgärder</source>
        <translation>%1 actions</translation>
    </message>
    <message>
        <source>, varav %1 försenade</source>
        <translation>, of which %1 overdue</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ActionNotesPanel</name>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Ny &amp;anteckning</source>
        <translation>New &amp;note</translation>
    </message>
    <message>
        <source>Ta bort anteckning</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <source>Nuläge</source>
        <translation>Current state</translation>
    </message>
    <message>
        <source>Anteckningar, de senaste först</source>
        <translation>Notes, latest first</translation>
    </message>
    <message>
        <source>Anteckningens datum</source>
        <translation>The note&apos;s date</translation>
    </message>
    <message>
        <source>Vad har hänt? t.ex. &quot;Offert inkommen, beställning i maj&quot;</source>
        <translation>What has happened? e.g. &quot;Quote received, order in May&quot;</translation>
    </message>
    <message>
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Lägg till anteckningen i uppföljningen (Ctrl+Retur); kan ångras</source>
        <translation>Add the note to the follow-up (Ctrl+Return); can be undone</translation>
    </message>
    <message>
        <source>Ta bort den valda anteckningen; kan ångras</source>
        <translation>Delete the selected note; can be undone</translation>
    </message>
    <message>
        <source>Nuläge (senaste anteckningen):</source>
        <translation>Current state (latest note):</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Spara åtgärden först; sedan kan du följa upp den här.</source>
        <translation>Save the action first; then you can follow it up here.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Ingen uppföljning ännu.</source>
        <translation>No follow-up yet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ny anteckning: %1</source>
        <translation>New note: %1</translation>
    </message>
    <message>
        <source>Ta bort anteckningen från %1? Det går att ångra.</source>
        <translation>Delete the note of %1? This can be undone.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ActionOverviewTab</name>
    <message>
        <source>Visa alla i listan</source>
        <translation>Show all in the list</translation>
    </message>
    <message>
        <source>Räknar fram översikten …</source>
        <translation>Working out the overview …</translation>
    </message>
    <message>
        <source>Åtgärdslistan med bara de försenade</source>
        <translation>The action list with only the overdue ones</translation>
    </message>
    <message>
        <source>Åtgärdslistan med bara de som förfaller inom %1 dagar</source>
        <translation>The action list with only those due within %1 days</translation>
    </message>
    <message>
        <source>Kostnad per nämnd och år</source>
        <translation>Cost per board and year</translation>
    </message>
    <message>
        <source>Kostnad per nämnd och år mot budgetramen</source>
        <translation>Cost per board and year against the budget allocation</translation>
    </message>
    <message>
        <source>Kvar av budget: budgeten minus de beräknade kostnader som ska rymmas i den; åtgärder som kräver nya pengar räknas inte av. Avbrutna åtgärder räknas inte. Året är slutdatumets, annars startdatumets.</source>
        <translation>Left of budget: the budget minus the estimated costs that are to fit within it; actions that need new money are not deducted. Cancelled actions are not counted. The year is that of the due date, otherwise of the start date.</translation>
    </message>
    <message>
        <source>Åtgärder per status och avdelning</source>
        <translation>Actions per status and department</translation>
    </message>
    <message>
        <source>Stapeln går från start till slutdatum; ◆ = bara slutdatum. ✓ = genomförd den dagen. Röd stapel med streckat fält och ! = försenad; fältet visar tiden efter slutdatum. Den streckade lodräta linjen är i dag. Dubbelklicka eller tryck Retur för att öppna åtgärden.</source>
        <translation>The bar runs from start to due date; ◆ = due date only. ✓ = done on that day. Red bar with a hatched field and ! = overdue; the field shows the time after the due date. The dashed vertical line is today. Double-click or press Return to open the action.</translation>
    </message>
    <message>
        <source>Tidslinje</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck Retur för att öppna åtgärden</source>
        <translation>Double-click or press Return to open the action</translation>
    </message>
    <message>
        <source>Översikten kunde inte läsas: %1</source>
        <translation>The overview could not be read: %1</translation>
    </message>
    <message>
        <source>Försenade (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>Förfaller inom %1 dagar (%2)</source>
        <translation>Due within %1 days (%2)</translation>
    </message>
    <message>
        <source>Visa alla %1 i listan</source>
        <translation>Show all %1 in the list</translation>
    </message>
    <message>
        <source>Visa i listan</source>
        <translation>Show in the list</translation>
    </message>
    <message>
        <source>Visar de %1 åtgärder vars slutdatum ligger närmast i dag, av %2 försenade, kommande och genomförda med slutdatum. Välj en mindre del av organisationen för att se dem alla.</source>
        <translation>Showing the %1 actions whose due date is closest to today, of %2 overdue, coming and done with a due date. Choose a smaller part of the organisation to see them all.</translation>
    </message>
    <message>
        <source>Alla %1 försenade, kommande och genomförda åtgärder med slutdatum.</source>
        <translation>All %1 overdue, coming and done actions with a due date.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ActionRequests</name>
    <message>
        <source>Inget register är öppet.</source>
        <translation>No register is open.</translation>
    </message>
    <message>
        <source>Risken finns inte längre.</source>
        <translation>The risk no longer exists.</translation>
    </message>
    <message>
        <source>Åtgärd: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>Utredning</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Ny åtgärd för risken %1</source>
        <translation>New action for the risk %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ActionRisksPanel</name>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>Risker som åtgärden behandlar</source>
        <translation>Risks the action treats</translation>
    </message>
    <message>
        <source>&amp;Koppla risk…</source>
        <translation>&amp;Link risk…</translation>
    </message>
    <message>
        <source>Ta bort koppling</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <source>Välj en risk inom omfattningen som åtgärden ska minska; kan ångras</source>
        <translation>Choose a risk within the scope that the action is to reduce; can be undone</translation>
    </message>
    <message>
        <source>Åtgärden behandlar inte längre den valda risken; kan ångras</source>
        <translation>The action no longer treats the selected risk; can be undone</translation>
    </message>
    <message>
        <source>Nivå %1 · kvarvarande %2 · väntas efter åtgärden %3</source>
        <translation>Level %1 · residual %2 · expected after the action %3</translation>
    </message>
    <message>
        <source>Enhet: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Koppla till risken %1</source>
        <translation>Link to the risk %1</translation>
    </message>
    <message>
        <source>inte bedömd</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Kvarvarande risk</source>
        <translation>Residual risk</translation>
    </message>
    <message>
        <source>Åtgärden väntas lämna risken &quot;%1&quot; på %2.

Sätt riskens kvarvarande risk till det? Nu är den %3. Det går att ångra.</source>
        <translation>The action is expected to leave the risk &quot;%1&quot; at %2.

Set the risk&apos;s residual risk to that? It is now %3. This can be undone.</translation>
    </message>
    <message>
        <source>Kvarvarande risk för %1</source>
        <translation>Residual risk for %1</translation>
    </message>
    <message>
        <source>Ta bort kopplingen till risken %1</source>
        <translation>Remove the link to the risk %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ActionTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Beräknad %1, verklig %2</source>
        <translation>Estimated %1, actual %2</translation>
    </message>
    <message>
        <source>Ryms inte i budgeten: kräver nya pengar</source>
        <translation>Does not fit the budget: needs new money</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Klar senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Nuläge</source>
        <translation>Current state</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Den senaste anteckningen i uppföljningen: åtgärdens nuläge</source>
        <translation>The latest note in the follow-up: the action&apos;s current state</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Beräknad kostnad</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Försenad (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>%1 sedan %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>Försenad: skulle ha varit klar %1 (%2 dagar sedan)</source>
        <translation>Overdue: should have been done %1 (%2 days ago)</translation>
    </message>
    <message>
        <source>Genomförd %1</source>
        <translation>Done %1</translation>
    </message>
    <message>
        <source>Ej kostnadsberäknad, verklig %1</source>
        <translation>Not estimated, actual %1</translation>
    </message>
    <message>
        <source>ej kostnadsberäknad</source>
        <translation>not estimated</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ActionTimeline</name>
    <message>
        <source>Tidslinje för åtgärdsplanen</source>
        <translation>Timeline of the action plan</translation>
    </message>
    <message numerus="yes">
        <source>%n åtgärder från %1 till %2</source>
        <translation>
            <numerusform>%n action from %1 to %2</numerusform>
            <numerusform>%n actions from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Försenad</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <source>Klar senast %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Genomförd %1</source>
        <translation>Done %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dagar försenad</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga åtgärder med slutdatum inom omfattningen.</source>
        <translation>No actions with a due date within the scope.</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>sakra::gui::AlarmEditor</name>
    <message>
        <source>Ingen larmutrustning vald</source>
        <translation>No alarm equipment selected</translation>
    </message>
    <message>
        <source>Ny larmutrustning</source>
        <translation>New alarm equipment</translation>
    </message>
    <message>
        <source>Lägg till %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Ta bort larmutrustning</source>
        <translation>Delete alarm equipment</translation>
    </message>
    <message>
        <source>Ta bort denna %1? Det går att ångra.</source>
        <translation>Delete this %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>E&amp;nhet:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>&amp;Lokal:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Antal enheter:</source>
        <translation>&amp;Number of devices:</translation>
    </message>
    <message>
        <source>Larmet går &amp;till:</source>
        <translation>The alarm goes &amp;to:</translation>
    </message>
    <message>
        <source>t.ex. väktarbolagets larmcentral, receptionen</source>
        <translation>e.g. the security company&apos;s alarm centre, the reception</translation>
    </message>
    <message>
        <source>&amp;Senast testat:</source>
        <translation>&amp;Last tested:</translation>
    </message>
    <message>
        <source>Har testats</source>
        <translation>Has been tested</translation>
    </message>
    <message>
        <source>Testas &amp;var:</source>
        <translation>Tested &amp;every:</translation>
    </message>
    <message>
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Nästa test senast:</source>
        <translation>Next test by:</translation>
    </message>
    <message>
        <source>Anteckn&amp;ing:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <source>Aldrig testad: testa utrustningen och fyll i datumet.</source>
        <translation>Never tested: test the equipment and fill in the date.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>(ingen enhet, bara lokalen)</source>
        <translation>(no unit, only the site)</translation>
    </message>
    <message>
        <source>Okänt när utrustningen senast testades</source>
        <translation>Not known when the equipment was last tested</translation>
    </message>
    <message>
        <source>Kryssa i när ingen vet om eller när utrustningen testades, i stället för att den räknas som aldrig testad.</source>
        <translation>Tick when nobody knows whether or when the equipment was tested, instead of having it count as never tested.</translation>
    </message>
    <message>
        <source>Okänt när den senast testades: testa utrustningen och fyll i datumet.</source>
        <translation>Not known when it was last tested: test the equipment and fill in the date.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::AlarmListTab</name>
    <message>
        <source>&amp;Ny larmutrustning</source>
        <translation>&amp;New alarm equipment</translation>
    </message>
    <message>
        <source>Ta &amp;bort larmutrustning</source>
        <translation>&amp;Delete alarm equipment</translation>
    </message>
    <message>
        <source>Larmutrustning</source>
        <translation>Alarm equipment</translation>
    </message>
    <message>
        <source>Sök i mottagare och anteckning (Ctrl+F)</source>
        <translation>Search recipient and note (Ctrl+F)</translation>
    </message>
    <message>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Endast &amp;försenade tester</source>
        <translation>Only &amp;overdue tests</translation>
    </message>
    <message>
        <source>1 larmutrustning</source>
        <translation>1 alarm equipment</translation>
    </message>
    <message>
        <source>%1 larmutrustningar</source>
        <translation>%1 alarm equipment</translation>
    </message>
    <message>
        <source>, varav %1 med försenat test</source>
        <translation>, of which %1 with an overdue test</translation>
    </message>
</context>
<context>
    <name>sakra::gui::AlarmTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Testas eller servas varje månad</source>
        <translation>Tested or serviced every month</translation>
    </message>
    <message>
        <source>Testas eller servas var %1:e månad</source>
        <translation>Tested or serviced every %1 months</translation>
    </message>
    <message>
        <source>Larm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Enhet eller lokal</source>
        <translation>Unit or site</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Mottagare</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Senast testat</source>
        <translation>Last tested</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Nästa test senast</source>
        <translation>Next test by</translation>
    </message>
    <message>
        <source>Försenad: aldrig testad</source>
        <translation>Overdue: never tested</translation>
    </message>
    <message>
        <source>Försenad: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>okänt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Försenad: okänt när den testades</source>
        <translation>Overdue: not known when it was tested</translation>
    </message>
</context>
<context>
    <name>sakra::gui::AreaCatalogue</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Risker</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Händelser</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Utbildning och övningar</source>
        <translation>Training and exercises</translation>
    </message>
    <message>
        <source>Rutiner</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Larm</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <source>Egenkontroll</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>sakra::gui::AssessmentArea</name>
    <message>
        <source>Nämnder</source>
        <translation>Boards</translation>
    </message>
    <message>
        <source>Förvaltningar och bolag</source>
        <translation>Administrations and companies</translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Egenkontroll</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>&amp;Visa per:</source>
        <translation>&amp;Show per:</translation>
    </message>
    <message>
        <source>Svaren räknas fram ur registret (ja, i huvudsak, delvis, nej). Ett ändrat svar är markerat &quot;(ändrat)&quot; och har en skriven motivering.</source>
        <translation>The answers are worked out from the register (yes, largely, partly, no). A changed answer is marked &quot;(changed)&quot; and has a written justification.</translation>
    </message>
    <message>
        <source>%1 enheter bedömda per %2.</source>
        <translation>%1 units assessed as of %2.</translation>
    </message>
    <message>
        <source>Egenkontrollen kunde inte räknas fram: %1</source>
        <translation>The self-assessment could not be worked out: %1</translation>
    </message>
    <message>
        <source>Kommunen som helhet</source>
        <translation>The municipality as a whole</translation>
    </message>
    <message>
        <source>Egenkontroll per datum</source>
        <translation>Self-assessment as of date</translation>
    </message>
    <message>
        <source>Svaren räknas fram ur det som var registrerat som sant den dagen: händelser, översyner, tester och utbildningar efter den räknas inte.</source>
        <translation>The answers are worked out from what was recorded as true on that day: incidents, reviews, tests and training after it do not count.</translation>
    </message>
    <message>
        <source>Per &amp;datum:</source>
        <translation>As of &amp;date:</translation>
    </message>
</context>
<context>
    <name>sakra::gui::AssessmentDetailPanel</name>
    <message>
        <source>Än&amp;dra svaret</source>
        <translation>Chan&amp;ge the answer</translation>
    </message>
    <message>
        <source>Å&amp;terta ändringen</source>
        <translation>&amp;Withdraw the change</translation>
    </message>
    <message>
        <source>Varför svaret ska vara ett annat än det som räknats fram (krävs)</source>
        <translation>Why the answer should differ from the one worked out (required)</translation>
    </message>
    <message>
        <source>Sätt det valda svaret i stället för det framräknade (kan ångras)</source>
        <translation>Put the chosen answer in place of the one worked out (can be undone)</translation>
    </message>
    <message>
        <source>Gå tillbaka till det svar som räknas fram ur registret (kan ångras)</source>
        <translation>Go back to the answer worked out from the register (can be undone)</translation>
    </message>
    <message>
        <source>Ändra svaret</source>
        <translation>Change the answer</translation>
    </message>
    <message>
        <source>&amp;Svar:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>&amp;Motivering:</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Underlag&lt;/b&gt;</source>
        <translation>&lt;b&gt;Basis&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rekommendationer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recommendations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Välj en ruta i tabellen för att se hur svaret har räknats fram.</source>
        <translation>Choose a cell in the table to see how the answer was worked out.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Svar: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Answer: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Frågan gäller inte här: inget krav i registret berör enheten.</source>
        <translation>The question does not apply here: no requirement in the register concerns the unit.</translation>
    </message>
    <message>
        <source> – ändrat %1 från det framräknade &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Motivering: %3</source>
        <translation> – changed %1 from the worked-out &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Justification: %3</translation>
    </message>
    <message>
        <source> (framräknat ur registret)</source>
        <translation> (worked out from the register)</translation>
    </message>
    <message>
        <source>Uppfyllt – %1: %2</source>
        <translation>Met – %1: %2</translation>
    </message>
    <message>
        <source>Saknas – %1: %2</source>
        <translation>Missing – %1: %2</translation>
    </message>
    <message>
        <source>Inget underlag.</source>
        <translation>No basis.</translation>
    </message>
    <message>
        <source>Inga; kraven är uppfyllda.</source>
        <translation>None; the requirements are met.</translation>
    </message>
    <message>
        <source>Ändrat svar: %1</source>
        <translation>Changed answer: %1</translation>
    </message>
    <message>
        <source>Ändra svaret på %1 till %2</source>
        <translation>Change the answer to %1 to %2</translation>
    </message>
    <message>
        <source>Återta ändringen av svaret på %1</source>
        <translation>Withdraw the change of the answer to %1</translation>
    </message>
    <message>
        <source>Krävs inte – %1: %2</source>
        <translation>Not required – %1: %2</translation>
    </message>
</context>
<context>
    <name>sakra::gui::AssessmentTableModel</name>
    <message>
        <source>Analys och uppföljning</source>
        <translation>Analysis and follow-up</translation>
    </message>
    <message>
        <source>Rutiner kända</source>
        <translation>Routines known</translation>
    </message>
    <message>
        <source>Fysiskt skydd och larm</source>
        <translation>Physical protection and alarms</translation>
    </message>
    <message>
        <source>Utanför arbetet</source>
        <translation>Outside work</translation>
    </message>
    <message>
        <source>Stöd efteråt</source>
        <translation>Support afterwards</translation>
    </message>
    <message>
        <source>Utbildning och övning</source>
        <translation>Training and exercise</translation>
    </message>
    <message>
        <source>Ensamarbete</source>
        <translation>Lone working</translation>
    </message>
    <message>
        <source>Larm provas</source>
        <translation>Alarms tested</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n enheter)</source>
        <translation>
            <numerusform>%1 (%n unit)</numerusform>
            <numerusform>%1 (%n units)</numerusform>
        </translation>
    </message>
    <message>
        <source>gäller ej</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>%1 (ändrat)</source>
        <translation>%1 (changed)</translation>
    </message>
    <message>
        <source>Ändrat från %1: %2</source>
        <translation>Changed from %1: %2</translation>
    </message>
    <message>
        <source>Nämnd</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Förvaltning eller bolag</source>
        <translation>Administration or company</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>sakra::gui::AssignmentEditor</name>
    <message>
        <source>Inget uppdrag valt</source>
        <translation>No assignment selected</translation>
    </message>
    <message>
        <source>Nytt uppdrag</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <source>Nytt uppdrag för %1</source>
        <translation>New assignment for %1</translation>
    </message>
    <message>
        <source>Ändra uppdrag för %1</source>
        <translation>Edit assignment for %1</translation>
    </message>
    <message>
        <source>Ta bort uppdrag</source>
        <translation>Delete assignment</translation>
    </message>
    <message>
        <source>Ta bort uppdraget %1? Det går att ångra.</source>
        <translation>Delete the assignment %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort uppdrag %1</source>
        <translation>Delete assignment %1</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Roll:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>E&amp;nhet:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>&amp;Från:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Slutar</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Utan slutdatum gäller uppdraget tills vidare</source>
        <translation>Without an end date the assignment runs until further notice</translation>
    </message>
    <message>
        <source>Slutdatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>&amp;Andel av heltid:</source>
        <translation>&amp;Share of full time:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 som %2</source>
        <translation>%1 as %2</translation>
    </message>
</context>
<context>
    <name>sakra::gui::AssignmentTableModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>tills vidare</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (inte aktivt i dag)</source>
        <translation>%1 (not active today)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::AssignmentsTab</name>
    <message>
        <source>Visa &amp;även avslutade och kommande</source>
        <translation>Show &amp;ended and coming ones too</translation>
    </message>
    <message>
        <source>Nytt uppdrag</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <source>Ta bort uppdrag</source>
        <translation>Delete assignment</translation>
    </message>
    <message>
        <source>%1 uppdrag</source>
        <translation>%1 assignments</translation>
    </message>
</context>
<context>
    <name>sakra::gui::BackgroundJob</name>
    <message>
        <source>Ett oväntat fel inträffade: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::BoardCostTableModel</name>
    <message>
        <source>%1 – över budget</source>
        <translation>%1 – over budget</translation>
    </message>
    <message>
        <source>Budget %1 minus de åtgärder som ska rymmas i den (%2 av beräknade %3; %4 kräver nya pengar)</source>
        <translation>Budget %1 minus the actions that are to fit within it (%2 of the estimated %3; %4 need new money)</translation>
    </message>
    <message>
        <source>Nämnd</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>ingen budget</source>
        <translation>no budget</translation>
    </message>
    <message>
        <source>Beräknat</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>varav nya pengar</source>
        <translation>of which new money</translation>
    </message>
    <message>
        <source>Beräknad kostnad för åtgärder som inte ryms inom budgeterad ram</source>
        <translation>Estimated cost of actions that do not fit within the budget allocation</translation>
    </message>
    <message>
        <source>Verkligt</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Kvar av budget</source>
        <translation>Left of budget</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>sakra::gui::BudgetEditor</name>
    <message>
        <source>Ingen budgetrad vald</source>
        <translation>No budget row selected</translation>
    </message>
    <message>
        <source>Ny budgetrad</source>
        <translation>New budget row</translation>
    </message>
    <message>
        <source>Ny budgetram för %1</source>
        <translation>New budget allocation for %1</translation>
    </message>
    <message>
        <source>Ändra budgetram för %1</source>
        <translation>Edit budget allocation for %1</translation>
    </message>
    <message>
        <source>Ta bort budgetram</source>
        <translation>Delete budget allocation</translation>
    </message>
    <message>
        <source>Ta bort budgetramen för %1? Det går att ångra.</source>
        <translation>Delete the budget allocation for %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort budgetram %1</source>
        <translation>Delete budget allocation %1</translation>
    </message>
    <message>
        <source>t.ex. 1 500 000</source>
        <translation>e.g. 1,500,000</translation>
    </message>
    <message>
        <source>&amp;Nämnd:</source>
        <translation>&amp;Board:</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Belopp (kr):</source>
        <translation>&amp;Amount (SEK):</translation>
    </message>
    <message>
        <source>Ant&amp;eckning:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Ange beloppet i hela kronor, t.ex. 1 500 000.</source>
        <translation>Enter the amount in whole kronor, e.g. 1,500,000.</translation>
    </message>
    <message>
        <source>budgetram %1</source>
        <translation>budget allocation %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::BudgetTab</name>
    <message>
        <source>Budget per nämnd och år</source>
        <translation>Budget per board and year</translation>
    </message>
    <message>
        <source>Per nämnd och år</source>
        <translation>Per board and year</translation>
    </message>
    <message>
        <source>Ny budgetrad</source>
        <translation>New budget row</translation>
    </message>
    <message>
        <source>Ta bort budgetrad</source>
        <translation>Delete budget row</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>År att jämföra tjänsternas kostnad med ramen för</source>
        <translation>Year to compare the posts&apos; cost with the allocation for</translation>
    </message>
    <message>
        <source>Planerade tjänsters kostnad mot ramen, &amp;år:</source>
        <translation>Cost of planned posts against the allocation, &amp;year:</translation>
    </message>
    <message>
        <source>Planerade tjänsters kostnad mot ramen per nämnd</source>
        <translation>Cost of planned posts against the allocation per board</translation>
    </message>
    <message>
        <source>Nämnd</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Ram</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Tjänsternas kostnad</source>
        <translation>Cost of the posts</translation>
    </message>
    <message>
        <source>Kvar av ramen</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Ej kostnadsberäknade tjänster</source>
        <translation>Posts not costed</translation>
    </message>
    <message>
        <source>ingen ram</source>
        <translation>no allocation</translation>
    </message>
    <message>
        <source>%1 (över ramen)</source>
        <translation>%1 (over the allocation)</translation>
    </message>
    <message>
        <source>Tjänsternas kostnad mot ramen</source>
        <translation>Cost of the posts against the allocation</translation>
    </message>
</context>
<context>
    <name>sakra::gui::BudgetTableModel</name>
    <message>
        <source>Nämnd</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ComparisonChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1: %2)</source>
        <translation> (%1: %2)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::Confirm</name>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ConnectDialog</name>
    <message>
        <source>Anslut till gemensamt register</source>
        <translation>Connect to shared register</translation>
    </message>
    <message>
        <source>postgresql://server.kommun.se/sakra</source>
        <translation>postgresql://server.municipality.se/sakra</translation>
    </message>
    <message>
        <source>Serverns adress som en libpq-adress (postgresql://värd/databas) eller som host=… dbname=…</source>
        <translation>The server’s address as a libpq address (postgresql://host/database) or as host=… dbname=…</translation>
    </message>
    <message>
        <source>Lämna tomt om servern känner igen dig via kommunens inloggning.</source>
        <translation>Leave empty if the server recognises you through the municipality’s sign-in.</translation>
    </message>
    <message>
        <source>&amp;Adress:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>A&amp;nvändare:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Lösenord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Du ser och ändrar det som dina behörigheter i registret omfattar. Lösenordet sparas inte.</source>
        <translation>You see and change what your grants in the register cover. The password is not saved.</translation>
    </message>
    <message>
        <source>&amp;Anslut</source>
        <translation>&amp;Connect</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ConsequenceInput</name>
    <message>
        <source>Konsekvens för %1</source>
        <translation>Consequence for %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Det som räknas är den värsta: %1 – %2</source>
        <translation>What counts is the worst: %1 – %2</translation>
    </message>
    <message>
        <source>Det som räknas är den värsta dimensionen.</source>
        <translation>What counts is the worst dimension.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::DashboardPage</name>
    <message>
        <source>Händelser i år och förra året</source>
        <translation>Incidents this year and last year</translation>
    </message>
    <message>
        <source>Välj en siffra för att se vad den räknar.</source>
        <translation>Choose a figure to see what it counts.</translation>
    </message>
    <message>
        <source>Händelser per typ, i år mot samma period förra året</source>
        <translation>Incidents per type, this year against the same period last year</translation>
    </message>
    <message>
        <source>hela kommunen</source>
        <translation>the whole municipality</translation>
    </message>
    <message>
        <source>Översikt för %1, %2</source>
        <translation>Overview for %1, %2</translation>
    </message>
    <message>
        <source>öppna höga risker</source>
        <translation>open high risks</translation>
    </message>
    <message>
        <source>Risker på hög nivå som ännu inte är hanterade.</source>
        <translation>High-level risks that have not been dealt with yet.</translation>
    </message>
    <message>
        <source>Inga öppna höga risker.</source>
        <translation>No open high risks.</translation>
    </message>
    <message>
        <source>försenade åtgärder</source>
        <translation>overdue actions</translation>
    </message>
    <message>
        <source>Planerade eller pågående åtgärder vars slutdatum har passerat.</source>
        <translation>Planned or ongoing actions whose due date has passed.</translation>
    </message>
    <message>
        <source>Inga åtgärder är försenade.</source>
        <translation>No actions are overdue.</translation>
    </message>
    <message>
        <source>försenade utbildningar och övningar</source>
        <translation>overdue training and exercises</translation>
    </message>
    <message>
        <source>Enheter som är skyldiga ett nytt tillfälle av en återkommande utbildning eller övning.</source>
        <translation>Units that owe a new session of a recurring training or exercise.</translation>
    </message>
    <message>
        <source>Inga återkommande utbildningar eller övningar är försenade.</source>
        <translation>No recurring training or exercises are overdue.</translation>
    </message>
    <message>
        <source>rutiner med försenad granskning</source>
        <translation>routines with an overdue review</translation>
    </message>
    <message>
        <source>Rutiner som gäller här och skulle ha granskats.</source>
        <translation>Routines that apply here and should have been reviewed.</translation>
    </message>
    <message>
        <source>Alla rutiner är granskade i tid.</source>
        <translation>All routines have been reviewed in time.</translation>
    </message>
    <message>
        <source>larm med försenat test</source>
        <translation>alarms with an overdue test</translation>
    </message>
    <message>
        <source>Larmutrustning som aldrig testats eller skulle ha testats.</source>
        <translation>Alarm equipment that has never been tested or should have been tested.</translation>
    </message>
    <message>
        <source>All larmutrustning är testad i tid.</source>
        <translation>All alarm equipment has been tested in time.</translation>
    </message>
    <message>
        <source> (+%1 %)</source>
        <translation> (+%1%)</translation>
    </message>
    <message>
        <source> (−%1 %)</source>
        <translation> (−%1%)</translation>
    </message>
    <message>
        <source>händelser i år</source>
        <translation>incidents this year</translation>
    </message>
    <message>
        <source>Samma period förra året: %1%2. Hela förra året: %3.</source>
        <translation>Same period last year: %1%2. All of last year: %3.</translation>
    </message>
    <message>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Samma period förra året</source>
        <translation>Same period last year</translation>
    </message>
    <message>
        <source>Översikten kunde inte läsas: %1</source>
        <translation>The overview could not be read: %1</translation>
    </message>
    <message>
        <source>dina enheter</source>
        <translation>your units</translation>
    </message>
</context>
<context>
    <name>sakra::gui::DashboardTile</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>sakra::gui::DefaultRegister</name>
    <message>
        <source>Kan inte skapa mappen %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::DepartmentStatusTableModel</name>
    <message>
        <source>Avdelning</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>%1: %2 av %3 åtgärder (%4 %)</source>
        <translation>%1: %2 of %3 actions (%4%)</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>sakra::gui::EntityEditor</name>
    <message>
        <source>Verk&amp;ställ</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <source>&amp;Återställ</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Spara ändringarna i registret (Ctrl+S; kan ångras)</source>
        <translation>Save the changes to the register (Ctrl+S; can be undone)</translation>
    </message>
    <message>
        <source>Visa det som är sparat och släpp ändringarna</source>
        <translation>Show what is saved and drop the changes</translation>
    </message>
    <message numerus="yes">
        <source>%1 – försenad sedan %n dagar</source>
        <translation>
            <numerusform>%1 – overdue for %n day</numerusform>
            <numerusform>%1 – overdue for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>(ingen särskild lokal)</source>
        <translation>(no particular site)</translation>
    </message>
    <message>
        <source>Posten hör till det centrala registret och kan bara ändras där; den här filen är en utlämnad del.</source>
        <translation>The record belongs to the central register and can only be changed there; this file is a handed-out part.</translation>
    </message>
    <message>
        <source>Utlämnad till %1 sedan %2 för arbete utan nätverk. Du kan ändra här; ändringarna jämförs fält för fält när delen tas emot.</source>
        <translation>Handed out to %1 since %2 for work without a network. You can make changes here; they are compared field by field when the part is received.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::EntityForm</name>
    <message>
        <source>Välj enheten bland förslagen som visas när du skriver.</source>
        <translation>Choose the unit from the suggestions shown as you type.</translation>
    </message>
    <message>
        <source>Skriv beloppet i hela kronor, t.ex. 125 000.</source>
        <translation>Write the amount in whole kronor, e.g. 125,000.</translation>
    </message>
    <message>
        <source>Välj personen bland förslagen som visas när du skriver, eller töm fältet.</source>
        <translation>Choose the person from the suggestions shown as you type, or clear the field.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::GlobalSearch</name>
    <message>
        <source>&amp;Sök överallt…</source>
        <translation>&amp;Search everywhere…</translation>
    </message>
    <message>
        <source>Sök i alla områden på en gång</source>
        <translation>Search all areas at once</translation>
    </message>
</context>
<context>
    <name>sakra::gui::HandoutDialog</name>
    <message>
        <source>Lämna ut del för arbete utan nätverk</source>
        <translation>Hand out a part for work without a network</translation>
    </message>
    <message>
        <source>t.ex. rektor Anna Berg, Vallaskolan</source>
        <translation>e.g. head teacher Anna Berg, Vallaskolan</translation>
    </message>
    <message>
        <source>&amp;Välj…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Enheten lämnas ut med allt under den (lokaler, personer, risker, åtgärder, händelser, utbildning, rutiner, larm) i en egen registerfil som öppnas i Säkra på platsen. Det som delen hänvisar till utanför enheten följer med men kan bara ändras här.

När filen kommer tillbaka: Arkiv › Ta emot del…. Ändringar här under tiden går bra; de jämförs fält för fält.</source>
        <translation>The unit is handed out with everything below it (sites, people, risks, actions, incidents, training, routines, alarms) in a register file of its own that is opened in Säkra on site. What the part refers to outside the unit comes along but can only be changed here.

When the file comes back: File › Receive part…. Changes here in the meantime are fine; they are compared field by field.</translation>
    </message>
    <message>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Lämnas till:</source>
        <translation>&amp;Handed to:</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Lämna ut</source>
        <translation>&amp;Hand out</translation>
    </message>
    <message>
        <source>%1 utlämnad %2.sakra</source>
        <translation>%1 handed out %2.sakra</translation>
    </message>
    <message>
        <source>Spara den utlämnade delen</source>
        <translation>Save the handed-out part</translation>
    </message>
    <message>
        <source>Säkra-register (*.sakra)</source>
        <translation>Säkra registers (*.sakra)</translation>
    </message>
    <message>
        <source>Välj enheten som lämnas ut bland förslagen som visas när du skriver.</source>
        <translation>Choose the unit to hand out from the suggestions shown as you type.</translation>
    </message>
    <message>
        <source>Skriv vem som tar emot delen; det visas på enheten tills delen är tillbaka.</source>
        <translation>Write who receives the part; it is shown on the unit until the part is back.</translation>
    </message>
    <message>
        <source>Välj var filen ska sparas.</source>
        <translation>Choose where the file is to be saved.</translation>
    </message>
    <message>
        <source>%1 finns redan; välj ett nytt filnamn.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::HeatMapModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>1 risk</source>
        <translation>1 risk</translation>
    </message>
    <message>
        <source>%1 risker</source>
        <translation>%1 risks</translation>
    </message>
    <message>
        <source>Sannolikhet %1, konsekvens %2: nivå %3, %4</source>
        <translation>Likelihood %1, consequence %2: level %3, %4</translation>
    </message>
</context>
<context>
    <name>sakra::gui::HeatMapWidget</name>
    <message>
        <source>Sannolikhet</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Konsekvens</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <source>Riskmatris</source>
        <translation>Risk matrix</translation>
    </message>
    <message>
        <source>Listan visar rutan sannolikhet %1, konsekvens %2. </source>
        <translation>The list shows the cell likelihood %1, consequence %2. </translation>
    </message>
    <message>
        <source>Piltangenterna flyttar mellan rutorna, Enter väljer eller släpper en ruta.</source>
        <translation>The arrow keys move between the cells, Enter selects or releases a cell.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::HelpMenu</name>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Lägg till en post i listan</source>
        <translation>Add a record to the list</translation>
    </message>
    <message>
        <source>Alt+Insert</source>
        <translation>Alt+Insert</translation>
    </message>
    <message>
        <source>Lägg till en post, var som helst i fliken</source>
        <translation>Add a record, from anywhere in the tab</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ta bort den valda posten (kan ångras)</source>
        <translation>Delete the selected record (can be undone)</translation>
    </message>
    <message>
        <source>Retur eller dubbelklick</source>
        <translation>Return or double-click</translation>
    </message>
    <message>
        <source>Öppna den valda posten i formuläret</source>
        <translation>Open the selected record in the form</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Sök i listan</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Spara formuläret (kan ångras)</source>
        <translation>Save the form (can be undone)</translation>
    </message>
    <message>
        <source>Ctrl+Retur</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Lägg till anteckningen i en åtgärds uppföljning</source>
        <translation>Add the note to an action&apos;s follow-up</translation>
    </message>
    <message>
        <source>Piltangenter och Retur</source>
        <translation>Arrow keys and Return</translation>
    </message>
    <message>
        <source>Flytta i riskmatrisen och välj en ruta</source>
        <translation>Move in the risk matrix and choose a cell</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handbok</source>
        <translation>&amp;Handbook</translation>
    </message>
    <message>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Om Säkra</source>
        <translation>&amp;About Säkra</translation>
    </message>
    <message>
        <source>Handbok – Säkra</source>
        <translation>Handbook – Säkra</translation>
    </message>
    <message>
        <source>Tangenter</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Om Säkra</source>
        <translation>About Säkra</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Säkra %1&lt;/h3&gt;&lt;p&gt;Stöd för kommunens systematiska säkerhetsarbete: organisation, risker, åtgärder, händelser och rapporter till nämnderna.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Säkra %1&lt;/h3&gt;&lt;p&gt;Support for the municipality&apos;s systematic security work: organisation, risks, actions, incidents and reports to the boards.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sakra::gui::HistoryPanel</name>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Ändringshistorik</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>Välj något i vyn för att se vem som ändrat vad och när.</source>
        <translation>Select something in the view to see who changed what and when.</translation>
    </message>
    <message>
        <source>Historik för %1</source>
        <translation>History of %1</translation>
    </message>
    <message>
        <source>%1 (UUID %2)</source>
        <translation>%1 (UUID %2)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ImportFilePage</name>
    <message>
        <source>&amp;Välj fil…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Välj fil</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>Ett kalkylark i XLSX-format (Excel, LibreOffice) eller en CSV-fil. Filens innehåll avgör hur den läses, inte dess namn.</source>
        <translation>A spreadsheet in XLSX format (Excel, LibreOffice) or a CSV file. The file&apos;s content decides how it is read, not its name.</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Sökväg till filen</source>
        <translation>Path to the file</translation>
    </message>
    <message>
        <source>Läser filen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Inget ändras i registret förrän du har sett en förhandsgranskning och tryckt Importera. Före importen görs en säkerhetskopia.</source>
        <translation>Nothing changes in the register until you have seen a preview and pressed Import. A backup is made before the import.</translation>
    </message>
    <message>
        <source>Importera från kalkylark</source>
        <translation>Import from spreadsheet</translation>
    </message>
    <message>
        <source>Kalkylark (*.xlsx *.csv *.txt);;Alla filer (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Filen kan inte importeras: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ImportMappingPage</name>
    <message>
        <source>Kolumner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Välj vilken kolumn i Säkra varje kolumn i bladet ska läsas in som. Förslaget bygger på rubrikerna; ändra det där det inte stämmer.</source>
        <translation>Choose which column in Säkra each column in the sheet is to be read as. The suggestion is based on the headers; change it where it is wrong.</translation>
    </message>
    <message>
        <source>Kolumn i bladet</source>
        <translation>Column in the sheet</translation>
    </message>
    <message>
        <source>Första värdet</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Läses in som</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>(kolumn %1 utan rubrik)</source>
        <translation>(column %1 without header)</translation>
    </message>
    <message>
        <source>%1 läses in som</source>
        <translation>%1 read as</translation>
    </message>
    <message>
        <source>(används inte)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>Alla kolumner i bladet läses in.</source>
        <translation>All columns in the sheet are read.</translation>
    </message>
    <message>
        <source>Läses inte in: %1.</source>
        <translation>Not read: %1.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ImportPreviewPage</name>
    <message>
        <source>Förhandsgranskning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Så här blir importen. Inget är ändrat ännu.</source>
        <translation>This is what the import will do. Nothing has changed yet.</translation>
    </message>
    <message>
        <source>Går igenom raderna… %p %</source>
        <translation>Going through the rows… %p%</translation>
    </message>
    <message>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolumn</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Avvisade rader</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <source>Raderna gås igenom mot registret…</source>
        <translation>Checking the rows against the register…</translation>
    </message>
    <message>
        <source>Förhandsgranskningen misslyckades: %1</source>
        <translation>The preview failed: %1</translation>
    </message>
    <message>
        <source>Nya rader: %1    Ändrade: %2    Oförändrade: %3    Avvisade: %4</source>
        <translation>New rows: %1    Changed: %2    Unchanged: %3    Refused: %4</translation>
    </message>
    <message>
        <source>En rad avvisas.</source>
        <translation>One row is refused.</translation>
    </message>
    <message>
        <source>%1 rader avvisas.</source>
        <translation>%1 rows are refused.</translation>
    </message>
    <message>
        <source>Rätta raderna i filen eller ändra kolumnerna och försök igen; inget importeras förrän alla rader godtas.</source>
        <translation>Correct the rows in the file or change the columns and try again; nothing is imported until all rows are accepted.</translation>
    </message>
    <message>
        <source>Filen innehåller inget som inte redan finns i registret.</source>
        <translation>The file contains nothing that is not already in the register.</translation>
    </message>
    <message>
        <source>Inget avvisades. Tryck Importera för att importera; en säkerhetskopia görs först.</source>
        <translation>Nothing was refused. Press Import to import; a backup is made first.</translation>
    </message>
    <message>
        <source>Läses inte in: %1.</source>
        <translation>Not read: %1.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ImportRunPage</name>
    <message>
        <source>&amp;Avbryt importen</source>
        <translation>&amp;Cancel the import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Avbryter…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>En säkerhetskopia görs först; sedan läses raderna in i en enda transaktion.</source>
        <translation>A backup is made first; then the rows are read in a single transaction.</translation>
    </message>
    <message>
        <source>Importerar…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Importen misslyckades och inget ändrades: %1</source>
        <translation>The import failed and nothing was changed: %1</translation>
    </message>
    <message>
        <source>Import från %1</source>
        <translation>Import from %1</translation>
    </message>
    <message>
        <source>Importen är klar: %1 nya och %2 ändrade rader; %3 var redan som i filen.</source>
        <translation>The import is done: %1 new and %2 changed rows; %3 were already as in the file.</translation>
    </message>
    <message>
        <source>Ångra (Ctrl+Z) tar tillbaka hela importen i ett steg.</source>
        <translation>Undo (Ctrl+Z) takes back the whole import in one step.</translation>
    </message>
    <message>
        <source>Importen avbröts; inget ändrades.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Inget importerades: %1 rader avvisades (registret har ändrats sedan förhandsgranskningen). Gör om importen för att se vilka.</source>
        <translation>Nothing was imported: %1 rows were refused (the register has changed since the preview). Run the import again to see which.</translation>
    </message>
    <message>
        <source>Säkerhetskopia från före importen: %1</source>
        <translation>Backup from before the import: %1</translation>
    </message>
    <message>
        <source>Importen är klar.</source>
        <translation>The import is done.</translation>
    </message>
    <message>
        <source>Inget ändrades.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ImportSheetPage</name>
    <message>
        <source>Blad och rader</source>
        <translation>Sheet and rows</translation>
    </message>
    <message>
        <source>Välj bladet som ska läsas, raden där rubrikerna står och vad raderna är.</source>
        <translation>Choose the sheet to read, the row where the headers are and what the rows are.</translation>
    </message>
    <message>
        <source>&amp;Blad:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Rubrikrad:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>&amp;Vad raderna är:</source>
        <translation>&amp;What the rows are:</translation>
    </message>
    <message>
        <source>Rubriker:</source>
        <translation>Headers:</translation>
    </message>
    <message>
        <source>Rad %1 är tom; välj raden där rubrikerna står.</source>
        <translation>Row %1 is empty; choose the row where the headers are.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ImportWizard</name>
    <message>
        <source>Importera från kalkylark</source>
        <translation>Import from spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Tillbaka</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>sakra::gui::IncidentArea</name>
    <message>
        <source>&amp;Händelser</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>S&amp;tatistik</source>
        <translation>S&amp;tatistics</translation>
    </message>
</context>
<context>
    <name>sakra::gui::IncidentBarChart</name>
    <message>
        <source>Inga händelser under perioden.</source>
        <translation>No incidents in the period.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::IncidentEditor</name>
    <message>
        <source>Ingen händelse vald</source>
        <translation>No incident selected</translation>
    </message>
    <message>
        <source>Ny händelse</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Registrera händelsen %1</source>
        <translation>Register the incident %1</translation>
    </message>
    <message>
        <source>Ändra händelsen %1</source>
        <translation>Edit the incident %1</translation>
    </message>
    <message>
        <source>Ta bort händelse</source>
        <translation>Delete incident</translation>
    </message>
    <message>
        <source>Ta bort händelsen (%1) med dess kopplingar till risker och åtgärder? Det går att ångra.</source>
        <translation>Delete the incident (%1) with its links to risks and actions? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort händelsen %1</source>
        <translation>Delete the incident %1</translation>
    </message>
    <message>
        <source>Vad och var</source>
        <translation>What and where</translation>
    </message>
    <message>
        <source>Datum då händelsen inträffade</source>
        <translation>Date the incident happened</translation>
    </message>
    <message>
        <source>klockan</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Bocka i om klockslaget är känt</source>
        <translation>Tick if the time is known</translation>
    </message>
    <message>
        <source>Klockslag</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>&amp;Inträffade:</source>
        <translation>&amp;Happened:</translation>
    </message>
    <message>
        <source>E&amp;nhet:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>&amp;Lokal:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Drabbad:</source>
        <translation>&amp;Affected:</translation>
    </message>
    <message>
        <source>&amp;Kanal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>Allvarli&amp;ghet:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Gärningsperson:</source>
        <translation>&amp;Perpetrator:</translation>
    </message>
    <message>
        <source>Misstänkt koppling till organiserad brottslighet</source>
        <translation>Suspected link to organised crime</translation>
    </message>
    <message>
        <source>Anmälningar</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>KIA/IA-&amp;referens:</source>
        <translation>KIA/IA &amp;reference:</translation>
    </message>
    <message>
        <source>t.ex. KIA 2025-0412</source>
        <translation>e.g. KIA 2025-0412</translation>
    </message>
    <message>
        <source>Polisanmäld</source>
        <translation>Reported to the police</translation>
    </message>
    <message>
        <source>Datum känt</source>
        <translation>Date known</translation>
    </message>
    <message>
        <source>&amp;Polisen:</source>
        <translation>&amp;Police:</translation>
    </message>
    <message>
        <source>Allvarlig händelse, ska anmälas</source>
        <translation>Serious incident, to be reported</translation>
    </message>
    <message>
        <source>En allvarlig händelse ska anmälas till Arbetsmiljöverket utan dröjsmål</source>
        <translation>A serious incident must be reported to the Work Environment Authority without delay</translation>
    </message>
    <message>
        <source>Anmäld den</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Arbetsmiljö&amp;verket:</source>
        <translation>Work Environment &amp;Authority:</translation>
    </message>
    <message>
        <source>Stöd och uppföljning</source>
        <translation>Support and follow-up</translation>
    </message>
    <message>
        <source>Samtal med chef</source>
        <translation>Talk with manager</translation>
    </message>
    <message>
        <source>Företagshälsovård</source>
        <translation>Occupational health services</translation>
    </message>
    <message>
        <source>Krisstöd</source>
        <translation>Crisis support</translation>
    </message>
    <message>
        <source>Stöd erbjudet:</source>
        <translation>Support offered:</translation>
    </message>
    <message>
        <source>&amp;Uppföljning:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>Avslu&amp;tad:</source>
        <translation>Clo&amp;sed:</translation>
    </message>
    <message>
        <source>Avslutad den</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Anmäld %1, efter sista dagen %2: anmälan ska göras utan dröjsmål.</source>
        <translation>Reported %1, after the last day %2: the report must be made without delay.</translation>
    </message>
    <message>
        <source>Anmäld i tid (sista dag %1).</source>
        <translation>Reported in time (last day %1).</translation>
    </message>
    <message numerus="yes">
        <source>Inte anmäld: sista dagen var %1, för %n dagar sedan. Anmäl till Arbetsmiljöverket nu.</source>
        <translation>
            <numerusform>Not reported: the last day was %1, %n day ago. Report to the Work Environment Authority now.</numerusform>
            <numerusform>Not reported: the last day was %1, %n days ago. Report to the Work Environment Authority now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ska anmälas till Arbetsmiljöverket utan dröjsmål, senast %1.</source>
        <translation>To be reported to the Work Environment Authority without delay, by %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>Händelse %1 (%2)</source>
        <translation>Incident %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::IncidentFilterPanel</name>
    <message>
        <source>Endast ö&amp;ppna</source>
        <translation>Only o&amp;pen</translation>
    </message>
    <message>
        <source>Endast a&amp;llvarliga</source>
        <translation>Only se&amp;rious</translation>
    </message>
    <message>
        <source>Misstänkt &amp;organiserad brottslighet</source>
        <translation>Suspected &amp;organised crime</translation>
    </message>
    <message>
        <source>Anmälan till A&amp;rbetsmiljöverket försenad</source>
        <translation>Report to the Work Environment &amp;Authority overdue</translation>
    </message>
    <message>
        <source>Sök i beskrivning och KIA/IA-nummer (Ctrl+F)</source>
        <translation>Search description and KIA/IA number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alla typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Alla datum</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Förra året</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Senaste 12 månaderna</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Senaste 30 dagarna</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Allvarliga händelser som inte anmälts till Arbetsmiljöverket i tid</source>
        <translation>Serious incidents not reported to the Work Environment Authority in time</translation>
    </message>
    <message>
        <source>Rensa filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;od:</translation>
    </message>
</context>
<context>
    <name>sakra::gui::IncidentLinksPanel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Koppla r&amp;isk…</source>
        <translation>Link r&amp;isk…</translation>
    </message>
    <message>
        <source>Släpp risken</source>
        <translation>Unlink the risk</translation>
    </message>
    <message>
        <source>Koppla å&amp;tgärd…</source>
        <translation>Link ac&amp;tion…</translation>
    </message>
    <message>
        <source>Släpp åtgärden</source>
        <translation>Unlink the action</translation>
    </message>
    <message>
        <source>Risker som händelsen ledde till</source>
        <translation>Risks the incident led to</translation>
    </message>
    <message>
        <source>Åtgärder som händelsen ledde till</source>
        <translation>Actions the incident led to</translation>
    </message>
    <message>
        <source>Risker händelsen ledde till:</source>
        <translation>Risks the incident led to:</translation>
    </message>
    <message>
        <source>Åtgärder händelsen ledde till:</source>
        <translation>Actions the incident led to:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Spara händelsen först; sedan kan den kopplas till risker och åtgärder.</source>
        <translation>Save the incident first; then it can be linked to risks and actions.</translation>
    </message>
    <message>
        <source>Koppla händelsen till en risk</source>
        <translation>Link the incident to a risk</translation>
    </message>
    <message>
        <source>Koppla risk</source>
        <translation>Link risk</translation>
    </message>
    <message>
        <source>Koppla händelsen till en åtgärd</source>
        <translation>Link the incident to an action</translation>
    </message>
    <message>
        <source>Koppla åtgärd</source>
        <translation>Link action</translation>
    </message>
    <message>
        <source>&amp;Vilken risk ledde händelsen till eller gjorde mer sannolik?</source>
        <translation>&amp;Which risk did the incident lead to or make more likely?</translation>
    </message>
    <message>
        <source>&amp;Vilken åtgärd ledde händelsen till?</source>
        <translation>&amp;Which action did the incident lead to?</translation>
    </message>
    <message>
        <source>Släpp händelsens koppling till risken</source>
        <translation>Remove the incident&apos;s link to the risk</translation>
    </message>
    <message>
        <source>Släpp händelsens koppling till åtgärden</source>
        <translation>Remove the incident&apos;s link to the action</translation>
    </message>
</context>
<context>
    <name>sakra::gui::IncidentListTab</name>
    <message>
        <source>&amp;Ny händelse</source>
        <translation>&amp;New incident</translation>
    </message>
    <message>
        <source>Ta &amp;bort händelse</source>
        <translation>&amp;Delete incident</translation>
    </message>
    <message>
        <source>Händelser</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>1 händelse</source>
        <translation>1 incident</translation>
    </message>
    <message>
        <source>%1 händelser</source>
        <translation>%1 incidents</translation>
    </message>
    <message>
        <source>, varav %1 öppna</source>
        <translation>, of which %1 open</translation>
    </message>
</context>
<context>
    <name>sakra::gui::IncidentStatisticsTab</name>
    <message>
        <source>Händelser per typ</source>
        <translation>Incidents per type</translation>
    </message>
    <message>
        <source>Händelser per enhet</source>
        <translation>Incidents per unit</translation>
    </message>
    <message>
        <source>Händelser per kvartal</source>
        <translation>Incidents per quarter</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Per typ</source>
        <translation>Per type</translation>
    </message>
    <message>
        <source>Per enhet</source>
        <translation>Per unit</translation>
    </message>
    <message>
        <source>Per kvartal, med samma kvartal året före</source>
        <translation>Per quarter, with the same quarter the year before</translation>
    </message>
    <message>
        <source>%1 t.o.m. %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 (egna)</source>
        <translation>%1 (own)</translation>
    </message>
    <message>
        <source>Händelser</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Samma kvartal året före</source>
        <translation>Same quarter the year before</translation>
    </message>
    <message>
        <source>%1: %2 händelser, %3: %4.</source>
        <translation>%1: %2 incidents, %3: %4.</translation>
    </message>
    <message>
        <source>En ökning med %1 %.</source>
        <translation>An increase of %1%.</translation>
    </message>
    <message>
        <source>En minskning med %1 %.</source>
        <translation>A decrease of %1%.</translation>
    </message>
    <message>
        <source>Statistiken kunde inte läsas: %1</source>
        <translation>The statistics could not be read: %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::IncidentTableModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, misstänkt organiserad brottslighet</source>
        <translation>%1, suspected organised crime</translation>
    </message>
    <message>
        <source> %1</source>
        <translation> %1</translation>
    </message>
    <message>
        <source>Anmäld till Arbetsmiljöverket %1</source>
        <translation>Reported to the Work Environment Authority %1</translation>
    </message>
    <message>
        <source>Allvarlig händelse: ska anmälas till Arbetsmiljöverket senast %1</source>
        <translation>Serious incident: to be reported to the Work Environment Authority by %1</translation>
    </message>
    <message>
        <source>Polisanmäld %1</source>
        <translation>Reported to the police %1</translation>
    </message>
    <message>
        <source>Inträffade</source>
        <translation>Happened</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Allvarlighet</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Drabbad</source>
        <translation>Affected</translation>
    </message>
    <message>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>KIA/IA</source>
        <translation>KIA/IA</translation>
    </message>
    <message>
        <source>Ej anmäld till Arbetsmiljöverket (%1)</source>
        <translation>Not reported to the Work Environment Authority (%1)</translation>
    </message>
    <message>
        <source>Anmäl till Arbetsmiljöverket senast %1 (%2)</source>
        <translation>Report to the Work Environment Authority by %1 (%2)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::IncidentTrendChart</name>
    <message>
        <source>Inga kvartal att visa.</source>
        <translation>No quarters to show.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::KronorEdit</name>
    <message>
        <source>0 kr</source>
        <translation>SEK 0</translation>
    </message>
</context>
<context>
    <name>sakra::gui::LinkChooserDialog</name>
    <message>
        <source>Skriv en del av rubriken</source>
        <translation>Type part of the title</translation>
    </message>
    <message>
        <source>&amp;Koppla</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>%1 (redan kopplad)</source>
        <translation>%1 (already linked)</translation>
    </message>
    <message>
        <source>Inget hittades.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::LinkRiskDialog</name>
    <message>
        <source>(inte bedömd)</source>
        <translation>(not assessed)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Koppla åtgärden till en risk</source>
        <translation>Link the action to a risk</translation>
    </message>
    <message>
        <source>Sök rubrik, beskrivning eller hotkälla</source>
        <translation>Search title, description or threat source</translation>
    </message>
    <message>
        <source>Risker inom omfattningen</source>
        <translation>Risks within the scope</translation>
    </message>
    <message>
        <source>&amp;Koppla</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;Sannolikhet efter åtgärden:</source>
        <translation>&amp;Likelihood after the action:</translation>
    </message>
    <message>
        <source>K&amp;onsekvens efter åtgärden:</source>
        <translation>C&amp;onsequence after the action:</translation>
    </message>
    <message>
        <source>Risknivå efter åtgärden:</source>
        <translation>Risk level after the action:</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risk:</translation>
    </message>
    <message>
        <source>Ange gärna vilken risknivå åtgärden väntas lämna kvar. Du får sedan frågan om riskens kvarvarande risk ska sättas till den.</source>
        <translation>If you can, give the risk level the action is expected to leave. You will then be asked whether the risk&apos;s residual risk should be set to it.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source> – redan kopplad</source>
        <translation> – already linked</translation>
    </message>
    <message>
        <source>… fler risker finns; sök för att hitta rätt</source>
        <translation>… there are more risks; search to find the right one</translation>
    </message>
    <message>
        <source>inte bedömd</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>ange både sannolikhet och konsekvens</source>
        <translation>give both likelihood and consequence</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ListExport</name>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV med semikolon (*.csv)</source>
        <translation>CSV with semicolons (*.csv)</translation>
    </message>
    <message>
        <source>Exportera lista</source>
        <translation>Export list</translation>
    </message>
    <message>
        <source>Listan exporterades inte</source>
        <translation>The list was not exported</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ListFrame</name>
    <message>
        <source>Lägg till (Insert i listan, Alt+Insert var som helst i fliken)</source>
        <translation>Add (Insert in the list, Alt+Insert anywhere in the tab)</translation>
    </message>
    <message>
        <source>Ta bort den valda raden (Delete i listan); kan ångras</source>
        <translation>Delete the selected row (Delete in the list); can be undone</translation>
    </message>
    <message>
        <source>Exportera…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Spara listans rader, som filtret visar dem, i en Excel- eller CSV-fil</source>
        <translation>Save the list&apos;s rows, as the filter shows them, to an Excel or CSV file</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Den nya posten är inte sparad. Vill du spara den?</source>
        <translation>The new record is not saved. Do you want to save it?</translation>
    </message>
    <message>
        <source>Ändringarna i %1 är inte sparade. Vill du spara dem?</source>
        <translation>The changes to %1 are not saved. Do you want to save them?</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Spara &amp;inte</source>
        <translation>Do&amp;n&apos;t save</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Öppna i formuläret</source>
        <translation>&amp;Open in the form</translation>
    </message>
    <message>
        <source>&amp;Kopiera raden</source>
        <translation>&amp;Copy the row</translation>
    </message>
    <message>
        <source>&amp;Exportera listan…</source>
        <translation>&amp;Export the list…</translation>
    </message>
    <message>
        <source>Lista</source>
        <translation>List</translation>
    </message>
</context>
<context>
    <name>sakra::gui::MainWindow</name>
    <message>
        <source>&amp;Ny…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Skapa ett nytt, tomt register</source>
        <translation>Create a new, empty register</translation>
    </message>
    <message>
        <source>&amp;Öppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Öppna ett register</source>
        <translation>Open a register</translation>
    </message>
    <message>
        <source>Spara so&amp;m…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Spara en kopia av registret och fortsätt arbeta i kopian</source>
        <translation>Save a copy of the register and go on working in the copy</translation>
    </message>
    <message>
        <source>&amp;Importera från kalkylark…</source>
        <translation>&amp;Import from spreadsheet…</translation>
    </message>
    <message>
        <source>Läs in rader från en XLSX- eller CSV-fil</source>
        <translation>Read rows from an XLSX or CSV file</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Välj &amp;omfattning</source>
        <translation>Choose &amp;scope</translation>
    </message>
    <message>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Senaste</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Historik</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Kommer i en senare version</source>
        <translation>Coming in a later version</translation>
    </message>
    <message>
        <source>%1 (kommer senare)</source>
        <translation>%1 (coming later)</translation>
    </message>
    <message>
        <source>Verktygsfält</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Omfattning:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Kan inte öppna registret</source>
        <translation>Cannot open the register</translation>
    </message>
    <message>
        <source>Standardregistret %1 kunde inte öppnas.

%2</source>
        <translation>The default register %1 could not be opened.

%2</translation>
    </message>
    <message>
        <source>%1 kunde inte öppnas.

%2</source>
        <translation>%1 could not be opened.

%2</translation>
    </message>
    <message>
        <source>%1 – Säkra</source>
        <translation>%1 – Säkra</translation>
    </message>
    <message>
        <source>Öppnade %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Säkra</source>
        <translation>Säkra</translation>
    </message>
    <message>
        <source>Nytt register</source>
        <translation>New register</translation>
    </message>
    <message>
        <source>Säkra-register (*.sakra)</source>
        <translation>Säkra registers (*.sakra)</translation>
    </message>
    <message>
        <source>%1 finns redan. Välj ett nytt filnamn, eller öppna filen med Arkiv › Öppna….</source>
        <translation>%1 already exists. Choose a new file name, or open the file with File › Open….</translation>
    </message>
    <message>
        <source>Kan inte skapa registret</source>
        <translation>Cannot create the register</translation>
    </message>
    <message>
        <source>Öppna register</source>
        <translation>Open register</translation>
    </message>
    <message>
        <source>Säkra-register (*.sakra);;Alla filer (*)</source>
        <translation>Säkra registers (*.sakra);;All files (*)</translation>
    </message>
    <message>
        <source>Filen finns inte</source>
        <translation>The file does not exist</translation>
    </message>
    <message>
        <source>%1 finns inte längre. Den tas bort ur listan över senaste filer.</source>
        <translation>%1 no longer exists. It is removed from the list of recent files.</translation>
    </message>
    <message>
        <source>Spara som</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Kan inte spara kopian</source>
        <translation>Cannot save the copy</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
</context>
<context>
    <name>sakra::gui::MakeRiskDialog</name>
    <message>
        <source>Gör iakttagelsen till en risk</source>
        <translation>Make the finding a risk</translation>
    </message>
    <message>
        <source>Iakttagelse vid säkerhetsvandringen %1 i %2:
%3</source>
        <translation>Finding on the security walk %1 at %2:
%3</translation>
    </message>
    <message>
        <source>Risken får lokalen och datumet från vandringen. Komplettera den sedan i riskens uppgifter: beskrivning, befintliga åtgärder, ägare och kvarvarande risk.</source>
        <translation>The risk gets the site and the date from the walk. Then complete it in the risk&apos;s details: description, existing controls, owner and residual risk.</translation>
    </message>
    <message>
        <source>&amp;Rubrik:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>E&amp;nhet:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Sannolikhet:</source>
        <translation>&amp;Likelihood:</translation>
    </message>
    <message>
        <source>K&amp;onsekvens:</source>
        <translation>C&amp;onsequence:</translation>
    </message>
    <message>
        <source>K&amp;onsekvens (alla dimensioner):</source>
        <translation>C&amp;onsequence (all dimensions):</translation>
    </message>
    <message>
        <source>Skapa risk</source>
        <translation>Create risk</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gör iakttagelsen till risken %1</source>
        <translation>Make the finding the risk %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::MergeDialog</name>
    <message>
        <source>Behåll &amp;centralt för alla</source>
        <translation>Keep &amp;central for all</translation>
    </message>
    <message>
        <source>Ta &amp;platsens för alla</source>
        <translation>Take the &amp;site&apos;s for all</translation>
    </message>
    <message>
        <source>Ta emot del: %1</source>
        <translation>Receive part: %1</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Fält</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Utgångsläge</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Centralt</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>Platsen</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Val</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Ändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Sammanfogas utan konflikt</source>
        <translation>Merged without conflict</translation>
    </message>
    <message>
        <source>Alla konflikter i:</source>
        <translation>All conflicts in:</translation>
    </message>
    <message>
        <source>&amp;Jämför igen</source>
        <translation>&amp;Compare again</translation>
    </message>
    <message>
        <source>&amp;Sammanfoga</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Konflikter att avgöra:</source>
        <translation>Conflicts to resolve:</translation>
    </message>
    <message>
        <source>Sammanfogas utan att fråga:</source>
        <translation>Merged without asking:</translation>
    </message>
    <message>
        <source>Delen kan inte tas emot: %1</source>
        <translation>The part cannot be received: %1</translation>
    </message>
    <message>
        <source>Registret eller delen ändrades medan du granskade. Jämförelsen görs om; dina val finns kvar där de fortfarande gäller.</source>
        <translation>The register or the part changed while you were reviewing. The comparison is made again; your choices remain where they still apply.</translation>
    </message>
    <message>
        <source>Delen är sammanfogad: %1 nya, %2 ändrade, %3 borttagna och %4 återställda poster, %5 rader historik från platsen. En säkerhetskopia gjordes först.</source>
        <translation>The part is merged: %1 new, %2 changed, %3 deleted and %4 restored records, %5 rows of history from the site. A backup was made first.</translation>
    </message>
    <message>
        <source>Sammanfogningen gjordes inte; registret är som förut: %1</source>
        <translation>The merge was not made; the register is as before: %1</translation>
    </message>
    <message>
        <source>Jämför delen med registret…</source>
        <translation>Comparing the part with the register…</translation>
    </message>
    <message>
        <source>Sammanfogar…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <source>Behåll centralt</source>
        <translation>Keep central</translation>
    </message>
    <message>
        <source>Ta platsens</source>
        <translation>Take the site&apos;s</translation>
    </message>
    <message>
        <source>Eget värde…</source>
        <translation>Own value…</translation>
    </message>
    <message>
        <source>Behåll posten</source>
        <translation>Keep the record</translation>
    </message>
    <message>
        <source>Ta bort den som platsen</source>
        <translation>Delete it like the site</translation>
    </message>
    <message>
        <source>Låt den vara borttagen</source>
        <translation>Leave it deleted</translation>
    </message>
    <message>
        <source>Återställ med platsens värden</source>
        <translation>Restore with the site&apos;s values</translation>
    </message>
    <message>
        <source>Släpp den nya posten</source>
        <translation>Drop the new record</translation>
    </message>
    <message>
        <source>Återställ den borttagna</source>
        <translation>Restore the deleted one</translation>
    </message>
    <message>
        <source>Peka på en annan…</source>
        <translation>Point to another…</translation>
    </message>
    <message>
        <source>Släpp platsens nya post</source>
        <translation>Drop the site&apos;s new record</translation>
    </message>
    <message>
        <source>Ersätt den centrala</source>
        <translation>Replace the central one</translation>
    </message>
    <message>
        <source>Behåll den centrala placeringen</source>
        <translation>Keep the central placement</translation>
    </message>
    <message>
        <source>%1, utlämnad till %2 den %3: %4 sammanfogas utan att fråga, %5 att avgöra, %6 från platsen.</source>
        <translation>%1, handed out to %2 on %3: %4 merged without asking, %5 to resolve, %6 from the site.</translation>
    </message>
    <message>
        <source>%1 ändring</source>
        <translation>%1 change</translation>
    </message>
    <message>
        <source>%1 ändringar</source>
        <translation>%1 changes</translation>
    </message>
    <message>
        <source>%1 konflikt</source>
        <translation>%1 conflict</translation>
    </message>
    <message>
        <source>%1 konflikter</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <source>%1 rad historik</source>
        <translation>%1 row of history</translation>
    </message>
    <message>
        <source>%1 rader historik</source>
        <translation>%1 rows of history</translation>
    </message>
    <message>
        <source>– välj –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>alla tabeller</source>
        <translation>all tables</translation>
    </message>
    <message>
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <source>borttagen</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>återställd</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>Tas inte med: %1</source>
        <translation>Not included: %1</translation>
    </message>
    <message>
        <source>Eget värde</source>
        <translation>Own value</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Peka på en annan post</source>
        <translation>Point to another record</translation>
    </message>
    <message>
        <source>Välj först för varje konflikt.</source>
        <translation>First choose for every conflict.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::MessageLabel</name>
    <message>
        <source>Kunde inte spara: %1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::MilestoneEditor</name>
    <message>
        <source>Ingen milstolpe vald</source>
        <translation>No milestone selected</translation>
    </message>
    <message>
        <source>Ny milstolpe</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <source>Ny milstolpe %1</source>
        <translation>New milestone %1</translation>
    </message>
    <message>
        <source>Ändra milstolpe %1</source>
        <translation>Edit milestone %1</translation>
    </message>
    <message>
        <source>Ta bort milstolpe</source>
        <translation>Delete milestone</translation>
    </message>
    <message>
        <source>Ta bort milstolpen %1? Det går att ångra.</source>
        <translation>Delete the milestone %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort milstolpe %1</source>
        <translation>Delete milestone %1</translation>
    </message>
    <message>
        <source>Alla nivåer</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Nivå:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Måldatum:</source>
        <translation>&amp;Target date:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Ant&amp;eckning:</source>
        <translation>Not&amp;e:</translation>
    </message>
</context>
<context>
    <name>sakra::gui::MilestoneTableModel</name>
    <message>
        <source>Milstolpe</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Måldatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 – försenad</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <source>Alla nivåer</source>
        <translation>All levels</translation>
    </message>
</context>
<context>
    <name>sakra::gui::MilestonesTab</name>
    <message>
        <source>Ny milstolpe</source>
        <translation>New milestone</translation>
    </message>
    <message>
        <source>Ta bort milstolpe</source>
        <translation>Delete milestone</translation>
    </message>
</context>
<context>
    <name>sakra::gui::OrganisationArea</name>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Lokaler</source>
        <translation>&amp;Sites</translation>
    </message>
    <message>
        <source>&amp;Personer</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Uppdrag</source>
        <translation>&amp;Assignments</translation>
    </message>
    <message>
        <source>&amp;Bemanning</source>
        <translation>Staff&amp;ing</translation>
    </message>
    <message>
        <source>&amp;Kravprofiler</source>
        <translation>&amp;Requirement profiles</translation>
    </message>
    <message>
        <source>&amp;Milstolpar</source>
        <translation>&amp;Milestones</translation>
    </message>
    <message>
        <source>Bu&amp;dget</source>
        <translation>Bu&amp;dget</translation>
    </message>
</context>
<context>
    <name>sakra::gui::PeopleTab</name>
    <message>
        <source>Sök namn, titel eller e-post (Ctrl+F)</source>
        <translation>Search name, title or email (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sök personer</source>
        <translation>Search people</translation>
    </message>
    <message>
        <source>Sök:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Ta bort person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>%1 personer</source>
        <translation>%1 people</translation>
    </message>
</context>
<context>
    <name>sakra::gui::PersonEditor</name>
    <message>
        <source>Ingen person vald</source>
        <translation>No person selected</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Lägg till %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Ta bort person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Ta bort %1 ur registret? Det går att ångra.</source>
        <translation>Remove %1 from the register? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Tele&amp;fon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>t.ex. 013-20 50 00</source>
        <translation>e.g. 013-20 50 00</translation>
    </message>
    <message>
        <source>&amp;E-post:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>namn@kommun.se</source>
        <translation>name@municipality.se</translation>
    </message>
    <message>
        <source>E&amp;nhet:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>Uppdrag i säkerhetsorganisationen</source>
        <translation>Assignments in the security organisation</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Personens uppdrag</source>
        <translation>The person&apos;s assignments</translation>
    </message>
    <message>
        <source>Uppdrag läggs till och ändras under fliken Uppdrag.</source>
        <translation>Assignments are added and changed on the Assignments tab.</translation>
    </message>
    <message>
        <source>tills vidare</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Inte aktivt i dag</source>
        <translation>Not active today</translation>
    </message>
    <message>
        <source>(ingen enhet)</source>
        <translation>(no unit)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::PersonPicker</name>
    <message>
        <source>Skriv en del av namnet</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::PersonTableModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>sakra::gui::PremisesInventoryEditor</name>
    <message>
        <source>Ingen lokalinventering vald</source>
        <translation>No premises inventory selected</translation>
    </message>
    <message>
        <source>Ny lokalinventering</source>
        <translation>New premises inventory</translation>
    </message>
    <message>
        <source>Lägg till lokalinventering av %1</source>
        <translation>Add premises inventory of %1</translation>
    </message>
    <message>
        <source>Ändra lokalinventering av %1</source>
        <translation>Edit premises inventory of %1</translation>
    </message>
    <message>
        <source>Ta bort lokalinventering</source>
        <translation>Delete premises inventory</translation>
    </message>
    <message>
        <source>Ta bort lokalinventeringen av %1? Det går att ångra.</source>
        <translation>Delete the premises inventory of %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort lokalinventering av %1</source>
        <translation>Delete premises inventory of %1</translation>
    </message>
    <message>
        <source>&amp;Lokal:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Inventerad:</source>
        <translation>&amp;Inventoried:</translation>
    </message>
    <message>
        <source>&amp;Utgångar:</source>
        <translation>&amp;Exits:</translation>
    </message>
    <message>
        <source>Entréer, nödutgångar, trapphus</source>
        <translation>Entrances, emergency exits, stairwells</translation>
    </message>
    <message>
        <source>Inr&amp;ymning:</source>
        <translation>Lock&amp;down:</translation>
    </message>
    <message>
        <source>Rum som går att låsa inifrån, var man kan ta skydd</source>
        <translation>Rooms that can be locked from inside, where to take shelter</translation>
    </message>
    <message>
        <source>&amp;Larm:</source>
        <translation>&amp;Alarms:</translation>
    </message>
    <message>
        <source>Överfallslarm, personlarm, inbrottslarm, brandlarm</source>
        <translation>Panic alarms, personal alarms, intruder alarms, fire alarms</translation>
    </message>
    <message>
        <source>&amp;Passersystem:</source>
        <translation>&amp;Access control:</translation>
    </message>
    <message>
        <source>Ka&amp;meror:</source>
        <translation>Ca&amp;meras:</translation>
    </message>
    <message>
        <source>Lokalen har kameraövervakning</source>
        <translation>The site has camera surveillance</translation>
    </message>
    <message>
        <source>&amp;Tillstånd:</source>
        <translation>&amp;Permit:</translation>
    </message>
    <message>
        <source>Diarienummer hos IMY eller annan referens</source>
        <translation>Registration number at IMY or another reference</translation>
    </message>
    <message>
        <source>Gäller t.o.&amp;m.:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <source>Tillståndet har ett slutdatum</source>
        <translation>The permit has an end date</translation>
    </message>
    <message>
        <source>Kryssa i om tillståndet gäller till ett visst datum</source>
        <translation>Tick if the permit is valid until a certain date</translation>
    </message>
    <message>
        <source>Tillståndet gäller till och med</source>
        <translation>The permit is valid until and including</translation>
    </message>
    <message>
        <source>&amp;Väktare:</source>
        <translation>&amp;Guards:</translation>
    </message>
    <message>
        <source>Väktare eller ordningsvakt, tider, polisens förordnande</source>
        <translation>Guard or public-order guard, hours, police appointment</translation>
    </message>
    <message>
        <source>Ant&amp;eckning:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <source>%1, inventerad %2</source>
        <translation>%1, inventoried %2</translation>
    </message>
    <message>
        <source>Lokalinventering av %1</source>
        <translation>Premises inventory of %1</translation>
    </message>
    <message>
        <source>Passersystem, kortläsare, zoner</source>
        <translation>Access control, card readers, zones</translation>
    </message>
    <message>
        <source>L&amp;ås:</source>
        <translation>L&amp;ocks:</translation>
    </message>
    <message>
        <source>Låsbara dörrar, kodlås, säkerhetsdörrar utöver rummen för inrymning</source>
        <translation>Lockable doors, code locks, security doors beyond the rooms for lockdown</translation>
    </message>
    <message>
        <source>S&amp;kalskydd:</source>
        <translation>Peri&amp;meter protection:</translation>
    </message>
    <message>
        <source>Stängsel, grindar, galler, skalskyddsklassade fönster och dörrar</source>
        <translation>Fences, gates, grilles, security-rated windows and doors</translation>
    </message>
</context>
<context>
    <name>sakra::gui::PremisesInventoryTableModel</name>
    <message>
        <source>Lokal</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Inventerad</source>
        <translation>Inventoried</translation>
    </message>
    <message>
        <source>Kameror</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kameratillstånd t.o.m.</source>
        <translation>Camera permit until</translation>
    </message>
    <message>
        <source>Tillstånd: %1</source>
        <translation>Permit: %1</translation>
    </message>
    <message>
        <source>Väktare/ordningsvakt</source>
        <translation>Guard/public-order guard</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 (har gått ut)</source>
        <translation>%1 (has expired)</translation>
    </message>
    <message>
        <source>%1 (går snart ut)</source>
        <translation>%1 (expires soon)</translation>
    </message>
    <message>
        <source>%1, tills vidare</source>
        <translation>%1, until further notice</translation>
    </message>
</context>
<context>
    <name>sakra::gui::PremisesTab</name>
    <message>
        <source>Lo&amp;kal:</source>
        <translation>Si&amp;te:</translation>
    </message>
    <message>
        <source>Ny lokalinventering</source>
        <translation>New premises inventory</translation>
    </message>
    <message>
        <source>Ta bort lokalinventering</source>
        <translation>Delete premises inventory</translation>
    </message>
    <message>
        <source>Alla lokaler</source>
        <translation>All sites</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ProfilesTab</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Nytt sakområde…</source>
        <translation>&amp;New focus area…</translation>
    </message>
    <message>
        <source>Byt &amp;namn…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>Ta &amp;bort ur katalogen</source>
        <translation>&amp;Remove from the catalogue</translation>
    </message>
    <message>
        <source>Förvaltningar och bolag</source>
        <translation>Administrations and companies</translation>
    </message>
    <message>
        <source>Sakområden i kravprofilen</source>
        <translation>Focus areas in the requirement profile</translation>
    </message>
    <message>
        <source>Förvaltning eller bolag</source>
        <translation>Administration or company</translation>
    </message>
    <message>
        <source>Kravprofil: sakområden som säkerhetssamordnaren ska täcka</source>
        <translation>Requirement profile: focus areas the security coordinator is to cover</translation>
    </message>
    <message>
        <source>Kryssa i de sakområden som ingår (mellanslag kryssar i den markerade raden).</source>
        <translation>Tick the focus areas that are included (space ticks the selected row).</translation>
    </message>
    <message>
        <source>Katalogen:</source>
        <translation>Catalogue:</translation>
    </message>
    <message>
        <source>Lägg %1 i kravprofilen för %2</source>
        <translation>Add %1 to the requirement profile of %2</translation>
    </message>
    <message>
        <source>Ta bort %1 ur kravprofilen för %2</source>
        <translation>Remove %1 from the requirement profile of %2</translation>
    </message>
    <message>
        <source>Nytt sakområde</source>
        <translation>New focus area</translation>
    </message>
    <message>
        <source>Sakområdets namn:</source>
        <translation>The focus area&apos;s name:</translation>
    </message>
    <message>
        <source>Nytt sakområde %1</source>
        <translation>New focus area %1</translation>
    </message>
    <message>
        <source>Byt namn på sakområde</source>
        <translation>Rename focus area</translation>
    </message>
    <message>
        <source>Nytt namn:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Byt namn på %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <source>Ta bort sakområde</source>
        <translation>Remove focus area</translation>
    </message>
    <message>
        <source>Ta bort %1 ur katalogen? Det går att ångra.</source>
        <translation>Remove %1 from the catalogue? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort sakområde %1</source>
        <translation>Remove focus area %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RecentFiles</name>
    <message>
        <source>(inga senaste filer)</source>
        <translation>(no recent files)</translation>
    </message>
    <message>
        <source>&amp;Töm listan</source>
        <translation>&amp;Clear the list</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RecordFilterPanel</name>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Rensa filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RecordListTab</name>
    <message>
        <source>Lägg till (Insert i listan)</source>
        <translation>Add (Insert in the list)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RegisterFileActions</name>
    <message>
        <source>Åte&amp;rställ från säkerhetskopia…</source>
        <translation>Rest&amp;ore from backup…</translation>
    </message>
    <message>
        <source>&amp;Kontrollera ändringshistoriken</source>
        <translation>&amp;Verify the change history</translation>
    </message>
    <message>
        <source>&amp;Mapp för säkerhetskopior…</source>
        <translation>Backup &amp;folder…</translation>
    </message>
    <message>
        <source>Ersätt registret med en säkerhetskopia; det nuvarande innehållet sparas först</source>
        <translation>Replace the register with a backup; the current content is saved first</translation>
    </message>
    <message>
        <source>Kontrollera att ingen har ändrat ändringshistoriken utanför Säkra</source>
        <translation>Check that nobody has changed the change history outside Säkra</translation>
    </message>
    <message>
        <source>Välj var de dagliga säkerhetskopiorna sparas</source>
        <translation>Choose where the daily backups are saved</translation>
    </message>
    <message>
        <source>Skrivskyddat: ändringar kan inte sparas</source>
        <translation>Read-only: changes cannot be saved</translation>
    </message>
    <message>
        <source>Registret ligger i en delad mapp</source>
        <translation>The register is in a shared folder</translation>
    </message>
    <message>
        <source>Flera datorer kan ha registret öppet. Varje ändring sparas genast, och andras ändringar visas inom några sekunder.</source>
        <translation>Several computers may have the register open. Every change is saved at once, and others&apos; changes are shown within a few seconds.</translation>
    </message>
    <message>
        <source>Registret har ändrats i ett annat fönster eller på en annan dator; vyerna visar nu det som gäller.</source>
        <translation>The register has been changed in another window or on another computer; the views now show what applies.</translation>
    </message>
    <message>
        <source>Den senaste ändringen avbröts</source>
        <translation>The latest change was interrupted</translation>
    </message>
    <message>
        <source>Skrivskyddat register</source>
        <translation>Read-only register</translation>
    </message>
    <message>
        <source>Du får inte ändra i %1 (filen eller mappen är skrivskyddad). Registret visas, men ändringar kan inte sparas.</source>
        <translation>You may not change %1 (the file or folder is read-only). The register is shown, but changes cannot be saved.</translation>
    </message>
    <message>
        <source>Öppet även av %1</source>
        <translation>Also open by %1</translation>
    </message>
    <message>
        <source>Den dagliga säkerhetskopian kunde inte göras: %1</source>
        <translation>The daily backup could not be made: %1</translation>
    </message>
    <message>
        <source>Återställer registret från säkerhetskopian…</source>
        <translation>Restoring the register from the backup…</translation>
    </message>
    <message>
        <source>Kan inte återställa</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Registret är återställt; det tidigare innehållet finns i %1.</source>
        <translation>The register is restored; the previous content is in %1.</translation>
    </message>
    <message>
        <source>Mapp för säkerhetskopior</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Säkerhetskopiorna sparas nu i %1.</source>
        <translation>The backups are now saved in %1.</translation>
    </message>
    <message>
        <source>Ändrad någon annanstans</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>Ändringen sparades inte.</source>
        <translation>The change was not saved.</translation>
    </message>
    <message>
        <source>&amp;Läs in på nytt</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Fortsätt redigera</source>
        <translation>&amp;Continue editing</translation>
    </message>
    <message>
        <source>Kontrollerar ändringshistoriken…</source>
        <translation>Verifying the change history…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ändringshistoriken kunde inte kontrolleras: %1</source>
        <translation>The change history could not be verified: %1</translation>
    </message>
    <message>
        <source>Ändringshistoriken är obruten: alla %1 poster hänger ihop med posten före, så ingen av dem har ändrats utanför Säkra.</source>
        <translation>The change history is unbroken: all %1 entries hang together with the entry before, so none of them has been changed outside Säkra.</translation>
    </message>
    <message>
        <source>Ändringshistoriken har ändrats utanför Säkra. Post %1 (%2) stämmer inte: den eller posten före den har ändrats, tagits bort eller lagts till med ett annat program.</source>
        <translation>The change history has been changed outside Säkra. Entry %1 (%2) does not match: it or the entry before it has been changed, removed or added with another program.</translation>
    </message>
    <message>
        <source>Kontroll av ändringshistoriken</source>
        <translation>Verification of the change history</translation>
    </message>
    <message>
        <source>Kedjan kan bara kontrolleras av den som ser hela registret.</source>
        <translation>Only someone who sees the whole register can check the chain.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RegisterSession</name>
    <message>
        <source>Inget register är öppet.</source>
        <translation>No register is open.</translation>
    </message>
    <message>
        <source>%1: nu sparat »%2«, i din version »%3«</source>
        <translation>%1: now saved »%2«, in your version »%3«</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
    <message>
        <source>Vyerna kunde inte läsas in på nytt: %1</source>
        <translation>The views could not be reloaded: %1</translation>
    </message>
    <message>
        <source>%1 på %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Förbindelsen med det gemensamma registret bröts men är nu tillbaka. Ändringen sparades inte; spara igen.</source>
        <translation>The connection to the shared register was lost but is back now. The change was not saved; save again.</translation>
    </message>
    <message>
        <source>Förbindelsen med det gemensamma registret är bruten; Säkra försöker ansluta igen. Ändringen sparades inte; den står kvar så att du kan spara när förbindelsen är tillbaka.</source>
        <translation>The connection to the shared register is lost; Säkra is trying to connect again. The change was not saved; it stays here so that you can save it when the connection is back.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RegradeRunner</name>
    <message>
        <source>Räknar ut vilka risker som får nya värden…</source>
        <translation>Working out which risks get new values…</translation>
    </message>
    <message>
        <source>Sparar riskmatrisen och bedömer om riskerna…</source>
        <translation>Saving the risk matrix and re-grading the risks…</translation>
    </message>
    <message>
        <source>Återställer riskmatrisen och riskernas värden…</source>
        <translation>Restoring the risk matrix and the risks’ values…</translation>
    </message>
    <message>
        <source>Riskmatrisen</source>
        <translation>The risk matrix</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ReportArea</name>
    <message>
        <source>1 sida</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 sidor</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>&amp;Förhandsgranska…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>E&amp;xportera PDF…</source>
        <translation>E&amp;xport PDF…</translation>
    </message>
    <message>
        <source>Visa handlingen som den blir på papper, med registrets uppgifter som de är nu</source>
        <translation>Show the document as it will be on paper, with the register&apos;s data as it is now</translation>
    </message>
    <message>
        <source>Spara handlingen som PDF/A för diariet och arkivet</source>
        <translation>Save the document as PDF/A for the registry and the archive</translation>
    </message>
    <message>
        <source>Nämndhandlingar skrivs från registret: texterna sparas i utkastet, siffrorna hämtas när handlingen görs.</source>
        <translation>Board documents are written from the register: the texts are kept in the draft, the figures are fetched when the document is made.</translation>
    </message>
    <message>
        <source>&amp;Nytt utkast</source>
        <translation>&amp;New draft</translation>
    </message>
    <message>
        <source>Ta &amp;bort utkast</source>
        <translation>&amp;Delete draft</translation>
    </message>
    <message>
        <source>Börja ett nytt utkast till en nämndhandling (Insert i listan)</source>
        <translation>Start a new draft of a board document (Insert in the list)</translation>
    </message>
    <message>
        <source>Ta bort det valda utkastet (Delete i listan); kan ångras</source>
        <translation>Delete the selected draft (Delete in the list); can be undone</translation>
    </message>
    <message>
        <source>Rapportutkast</source>
        <translation>Report draft</translation>
    </message>
    <message>
        <source>%1 utkast</source>
        <translation>%1 drafts</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Exportera PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Förhandsgranskningen har %1.</source>
        <translation>The preview has %1.</translation>
    </message>
    <message>
        <source>Förhandsgranskningen avbröts.</source>
        <translation>The preview was cancelled.</translation>
    </message>
    <message>
        <source>Förhandsgranskningen gick inte att göra: %1</source>
        <translation>The preview could not be made: %1</translation>
    </message>
    <message>
        <source>Sparade %1 (%2).</source>
        <translation>Saved %1 (%2).</translation>
    </message>
    <message>
        <source>Exporten avbröts; ingen ny fil skrevs.</source>
        <translation>The export was cancelled; no new file was written.</translation>
    </message>
    <message>
        <source>Handlingen kunde inte sparas: %1</source>
        <translation>The document could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ReportDraftEditor</name>
    <message>
        <source>Handlingen kan innehålla uppgifter som omfattas av sekretess enligt OSL</source>
        <translation>The document may contain information covered by secrecy under the Public Access to Information and Secrecy Act (OSL)</translation>
    </message>
    <message>
        <source>Handlingen kan innehålla uppgifter som omfattas av sekretess enligt 18 kap. 8 § OSL (säkerhets- eller bevakningsåtgärd)</source>
        <translation>The document may contain information covered by secrecy under chapter 18, section 8 of the Public Access to Information and Secrecy Act (a security or protective measure)</translation>
    </message>
    <message>
        <source>Intern handling – sprids inte utanför kommunen</source>
        <translation>Internal document – not to be spread outside the municipality</translation>
    </message>
    <message>
        <source>Från och med</source>
        <translation>From and including</translation>
    </message>
    <message>
        <source>Till och med</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Bestämt datum</source>
        <translation>Fixed date</translation>
    </message>
    <message>
        <source>Inget utkast valt</source>
        <translation>No draft selected</translation>
    </message>
    <message>
        <source>Nytt rapportutkast</source>
        <translation>New report draft</translation>
    </message>
    <message>
        <source>Lägg till rapportutkastet %1</source>
        <translation>Add the report draft %1</translation>
    </message>
    <message>
        <source>Ändra rapportutkastet %1</source>
        <translation>Edit the report draft %1</translation>
    </message>
    <message>
        <source>Ta bort utkast</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Ta bort utkastet %1? Det går att ångra.</source>
        <translation>Delete the draft %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort rapportutkastet %1</source>
        <translation>Delete the report draft %1</translation>
    </message>
    <message>
        <source>Svenska</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>Engelska</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Utan datum räknas perioden från början</source>
        <translation>Without a date the period counts from the beginning</translation>
    </message>
    <message>
        <source>Utan datum räknas perioden till handlingens datum</source>
        <translation>Without a date the period counts up to the document&apos;s date</translation>
    </message>
    <message>
        <source>Utan bestämt datum får handlingen dagens datum när den skrivs ut</source>
        <translation>Without a fixed date the document gets today&apos;s date when it is printed</translation>
    </message>
    <message>
        <source>t.ex. KS 2024/123</source>
        <translation>e.g. KS 2024/123</translation>
    </message>
    <message>
        <source>Ingen rad om sekretess</source>
        <translation>No line about secrecy</translation>
    </message>
    <message>
        <source>Står överst på varje sida</source>
        <translation>Stands at the top of every page</translation>
    </message>
    <message>
        <source>Förslag</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Välj en vanlig formulering</source>
        <translation>Choose a common wording</translation>
    </message>
    <message>
        <source>Ingen rad</source>
        <translation>No line</translation>
    </message>
    <message>
        <source>Skriv en del av namnet</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>&amp;Typ av rapport:</source>
        <translation>&amp;Type of report:</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Omfattning:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Period &amp;från:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <source>Period t&amp;ill:</source>
        <translation>Period t&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Handlingen</source>
        <translation>The document</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Dia&amp;rienummer:</source>
        <translation>Regist&amp;ration number:</translation>
    </message>
    <message>
        <source>&amp;Klassning:</source>
        <translation>&amp;Classification:</translation>
    </message>
    <message>
        <source>Texter</source>
        <translation>Texts</translation>
    </message>
    <message>
        <source>Förslag till &amp;beslut:</source>
        <translation>Proposed &amp;decision:</translation>
    </message>
    <message>
        <source>Ä&amp;rendet:</source>
        <translation>The m&amp;atter:</translation>
    </message>
    <message>
        <source>Berednin&amp;g:</source>
        <translation>Preparatio&amp;n:</translation>
    </message>
    <message>
        <source>Före&amp;dragning:</source>
        <translation>Pre&amp;sentation:</translation>
    </message>
    <message>
        <source>Underskrifter</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>&amp;Undertecknas av:</source>
        <translation>&amp;Signed by:</translation>
    </message>
    <message>
        <source>Kontra&amp;signeras av:</source>
        <translation>Counter&amp;signed by:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Tomt: förvaltningens chef skriver under, när registret vet vem.</source>
        <translation>Empty: the head of the administration signs, when the register knows who.</translation>
    </message>
    <message>
        <source>Tomt: förvaltningens säkerhetssamordnare, när registret vet vem.</source>
        <translation>Empty: the administration&apos;s security coordinator, when the register knows who.</translation>
    </message>
    <message>
        <source>Välj bland förslagen som visas när du skriver.</source>
        <translation>Choose from the suggestions shown as you type.</translation>
    </message>
    <message>
        <source>(ingen titel i registret)</source>
        <translation>(no title in the register)</translation>
    </message>
    <message>
        <source>Hela kommunen</source>
        <translation>The whole municipality</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ReportDraftTableModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Typ av rapport</source>
        <translation>Type of report</translation>
    </message>
    <message>
        <source>Omfattning</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Ändrad</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Hela kommunen</source>
        <translation>The whole municipality</translation>
    </message>
    <message>
        <source>(borttagen enhet)</source>
        <translation>(deleted unit)</translation>
    </message>
    <message>
        <source>hela tiden</source>
        <translation>all time</translation>
    </message>
    <message>
        <source>från början</source>
        <translation>from the beginning</translation>
    </message>
    <message>
        <source>till dagens datum</source>
        <translation>to today&apos;s date</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ReportPreviewDialog</name>
    <message>
        <source>‹ Föregående</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Föregående sida</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Nästa ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Nästa sida</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Exportera PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Förhandsgranskning – %1</source>
        <translation>Preview – %1</translation>
    </message>
    <message>
        <source>Sida</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Förminska</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Förstora</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Sidbredd</source>
        <translation>Page width</translation>
    </message>
    <message>
        <source>Anpassa till sidans bredd</source>
        <translation>Fit to the page&apos;s width</translation>
    </message>
    <message>
        <source>Hel sida</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Visa hela sidan</source>
        <translation>Show the whole page</translation>
    </message>
    <message>
        <source>Uppslag</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Visa två sidor bredvid varandra</source>
        <translation>Show two pages side by side</translation>
    </message>
    <message>
        <source>&amp;Sida</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <source>S&amp;täng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Sida 1 av %1…</source>
        <translation>Page 1 of %1…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sidorna ritas</source>
        <translation>Drawing the pages</translation>
    </message>
    <message>
        <source>Sida %1 av %2…</source>
        <translation>Page %1 of %2…</translation>
    </message>
    <message>
        <source>Förhandsgranskningen avbröts och visar de första %1 av %2 sidorna. Utskrift och export tar med hela dokumentet.</source>
        <translation>The preview was cancelled and shows the first %1 of %2 pages. Printing and export include the whole document.</translation>
    </message>
    <message>
        <source>av %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ReportTask</name>
    <message>
        <source>Förhandsgranskning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Exportera PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Förbereder…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hämtar uppgifterna ur registret…</source>
        <translation>Fetching the data from the register…</translation>
    </message>
    <message>
        <source>Delar in dokumentet i sidor…</source>
        <translation>Dividing the document into pages…</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
    <message>
        <source>Avbryter…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Skriver sida %1 av %2…</source>
        <translation>Writing page %1 of %2…</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RestoreBackupDialog</name>
    <message>
        <source>Återställ från säkerhetskopia</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Gjord</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Registret ersätts med den kopia du väljer. Det nuvarande innehållet sparas först som en säkerhetskopia, så återställningen går att ångra på samma sätt.

Kopiorna finns i %1.</source>
        <translation>The register is replaced with the copy you choose. The current content is saved first as a backup, so the restore can be undone in the same way.

The copies are in %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a number and what it counts</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>kan inte läsas: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>Det finns inga säkerhetskopior av det här registret i %1 ännu.</source>
        <translation>There are no backups of this register in %1 yet.</translation>
    </message>
    <message>
        <source>&amp;Återställ</source>
        <translation>&amp;Revert</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RetentionActions</name>
    <message>
        <source>&amp;Gallring…</source>
        <translation>&amp;Retention…</translation>
    </message>
    <message>
        <source>Bestäm hur länge händelser, hotbildsbedömningar och personer som slutat bevaras, och töm det som passerat sin tid</source>
        <translation>Decide how long incidents, threat assessments and people who have left are kept, and clear what has passed its time</translation>
    </message>
    <message>
        <source>Gallring görs ännu bara i ett register i en fil, inte i ett gemensamt register på en server.</source>
        <translation>Retention is so far done only in a register file, not in a shared register on a server.</translation>
    </message>
    <message>
        <source>Registret är skrivskyddat.</source>
        <translation>The register is read-only.</translation>
    </message>
    <message>
        <source>Det här är en utlämnad del; gallra i det centrala registret.</source>
        <translation>This is a part handed out; clear in the central register.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RetentionDialog</name>
    <message>
        <source>Gallring</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Händelser och hotbildsbedömningar innehåller personuppgifter. Ange hur länge de ska bevaras enligt kommunens dokumenthanteringsplan. En gallring tömmer fritext och personuppgifter i de poster som passerat tiden, även i ändringshistoriken; datum, enhet, typ och allvarlighetsgrad finns kvar, så statistiken blir densamma. En säkerhetskopia görs först.</source>
        <translation>Incidents and threat assessments hold personal data. Say how long they are kept under the municipality&apos;s records-management plan. A retention run clears the free text and personal data of the records that have passed their time, in the change history too; date, unit, kind and severity stay, so the statistics remain the same. A backup is made first.</translation>
    </message>
    <message>
        <source>Bevaras för alltid</source>
        <translation>Kept for ever</translation>
    </message>
    <message>
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Typ eller hotnivå</source>
        <translation>Type or threat level</translation>
    </message>
    <message>
        <source>&amp;Spara reglerna</source>
        <translation>&amp;Save the rules</translation>
    </message>
    <message>
        <source>&amp;Gallra…</source>
        <translation>&amp;Clear…</translation>
    </message>
    <message>
        <source>Inga poster har passerat sin tid med de här reglerna.</source>
        <translation>No records have passed their time under these rules.</translation>
    </message>
    <message>
        <source>Gallras med de här reglerna: %1.</source>
        <translation>Cleared under these rules: %1.</translation>
    </message>
    <message>
        <source>Reglerna sparades inte: %1</source>
        <translation>The rules were not saved: %1</translation>
    </message>
    <message>
        <source>Gallra</source>
        <translation>Clear</translation>
    </message>
    <message numerus="yes">
        <source>%n post(er) töms på fritext och personuppgifter, även i ändringshistoriken. Det går inte att ångra annat än genom att återställa säkerhetskopian som görs först.</source>
        <translation>
            <numerusform>%n record is cleared of free text and personal data, in the change history too. Only restoring the backup made first undoes it.</numerusform>
            <numerusform>%n records are cleared of free text and personal data, in the change history too. Only restoring the backup made first undoes it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gallrar…</source>
        <translation>Clearing…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gallring klar</source>
        <translation>Retention run done</translation>
    </message>
    <message>
        <source>Gallringen är klar. Säkerhetskopian från före gallringen finns i %1; den innehåller det som gallrades, så ta bort den när den inte längre behövs.</source>
        <translation>The retention run is done. The backup from before it is in %1; it holds what was cleared, so remove it when it is no longer needed.</translation>
    </message>
    <message>
        <source>Inget gallrades: %1</source>
        <translation>Nothing was cleared: %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskActionsPanel</name>
    <message>
        <source>Åtgärder för risken</source>
        <translation>Actions for the risk</translation>
    </message>
    <message>
        <source>Inga åtgärder behandlar risken ännu.</source>
        <translation>No actions treat the risk yet.</translation>
    </message>
    <message>
        <source>Ny åtgärd för risken</source>
        <translation>New action for the risk</translation>
    </message>
    <message>
        <source>Visa i Åtgärder</source>
        <translation>Show in Actions</translation>
    </message>
    <message>
        <source>Åtgärd</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Klar senast</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Nuläge</source>
        <translation>Current state</translation>
    </message>
    <message>
        <source>Åtgärder som behandlar risken</source>
        <translation>Actions that treat the risk</translation>
    </message>
    <message>
        <source>Skapa en åtgärd som behandlar risken och öppna den under Åtgärder; kan ångras</source>
        <translation>Create an action that treats the risk and open it under Actions; can be undone</translation>
    </message>
    <message>
        <source>Spara risken först; sedan kan åtgärder kopplas till den.</source>
        <translation>Save the risk first; then actions can be linked to it.</translation>
    </message>
    <message>
        <source>Försenad (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskArea</name>
    <message>
        <source>&amp;Risker</source>
        <translation>&amp;Risks</translation>
    </message>
    <message>
        <source>Riskin&amp;venteringar</source>
        <translation>Risk in&amp;ventories</translation>
    </message>
    <message>
        <source>&amp;Säkerhetsvandringar</source>
        <translation>&amp;Security walks</translation>
    </message>
    <message>
        <source>&amp;Lokalinventeringar</source>
        <translation>&amp;Premises inventories</translation>
    </message>
    <message>
        <source>&amp;Kategorier</source>
        <translation>&amp;Categories</translation>
    </message>
    <message>
        <source>Risk&amp;matris…</source>
        <translation>Risk &amp;matrix…</translation>
    </message>
    <message>
        <source>Ändra skalorna, risknivåerna och konsekvensdimensionerna</source>
        <translation>Change the scales, the risk levels and the consequence dimensions</translation>
    </message>
    <message>
        <source>Visa &amp;hotbildsbedömningar…</source>
        <translation>Show &amp;threat assessments…</translation>
    </message>
    <message>
        <source>Hotbildsbedömningar är skyddade uppgifter och visas bara när du ber om dem</source>
        <translation>Threat assessments are restricted data and are only shown when you ask for them</translation>
    </message>
    <message>
        <source>Hotbildsbedömningar</source>
        <translation>Threat assessments</translation>
    </message>
    <message>
        <source>Hotbildsbedömningar gäller hot mot namngivna medarbetare och förtroendevalda. De är skyddade uppgifter: de visas aldrig i de vanliga listorna, i exporter eller i rapporter.

Visa dem nu? Se till att ingen obehörig ser skärmen.</source>
        <translation>Threat assessments concern threats against named staff and elected officials. They are restricted data: they are never shown in the ordinary lists, in exports or in reports.

Show them now? Make sure no unauthorised person sees the screen.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskCategoriesTab</name>
    <message>
        <source>Ny kategori</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Ta bort kategori</source>
        <translation>Delete category</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskCategoryEditor</name>
    <message>
        <source>Ingen kategori vald</source>
        <translation>No category selected</translation>
    </message>
    <message>
        <source>Ny kategori</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Lägg till kategorin %1</source>
        <translation>Add the category %1</translation>
    </message>
    <message>
        <source>Ändra kategorin %1</source>
        <translation>Edit the category %1</translation>
    </message>
    <message>
        <source>Ta bort kategori</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <source>Ta bort kategorin %1? Det går att ångra.</source>
        <translation>Delete the category %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort kategorin %1</source>
        <translation>Delete the category %1</translation>
    </message>
    <message>
        <source>Kategorier med lägre tal kommer först i listor och rapporter</source>
        <translation>Categories with lower numbers come first in lists and reports</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Ordning:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <source>En kategori som risker har kan inte tas bort; byt kategori på riskerna först.</source>
        <translation>A category that risks have cannot be deleted; change the risks&apos; category first.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskCategoryTableModel</name>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Ordning</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Risker</source>
        <translation>Risks</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskEditor</name>
    <message>
        <source>Bedömd &amp;i dag</source>
        <translation>Assessed &amp;today</translation>
    </message>
    <message>
        <source>Ingen risk vald</source>
        <translation>No risk selected</translation>
    </message>
    <message>
        <source>Ny risk</source>
        <translation>New risk</translation>
    </message>
    <message>
        <source>Lägg till risken %1</source>
        <translation>Add the risk %1</translation>
    </message>
    <message>
        <source>Ändra risken %1</source>
        <translation>Edit the risk %1</translation>
    </message>
    <message>
        <source>Ta bort risk</source>
        <translation>Delete risk</translation>
    </message>
    <message>
        <source>Ta bort risken %1? Det går att ångra.</source>
        <translation>Delete the risk %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort risken %1</source>
        <translation>Delete the risk %1</translation>
    </message>
    <message>
        <source>t.ex. klient, anhörig, extern gärningsperson, teknik</source>
        <translation>e.g. client, relative, external perpetrator, technology</translation>
    </message>
    <message>
        <source> mån</source>
        <translation> mo.</translation>
    </message>
    <message>
        <source>Omprövas var … månad</source>
        <translation>Reviewed every … months</translation>
    </message>
    <message>
        <source>Räknas fram ur sannolikhet och konsekvens</source>
        <translation>Worked out from likelihood and consequence</translation>
    </message>
    <message>
        <source>&amp;Rubrik:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>E&amp;nhet:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>&amp;Lokal:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Riskin&amp;ventering:</source>
        <translation>Risk in&amp;ventory:</translation>
    </message>
    <message>
        <source>&amp;Hotkälla:</source>
        <translation>&amp;Threat source:</translation>
    </message>
    <message>
        <source>Befintliga å&amp;tgärder:</source>
        <translation>Existing con&amp;trols:</translation>
    </message>
    <message>
        <source>Bedömning före åtgärder</source>
        <translation>Assessment before actions</translation>
    </message>
    <message>
        <source>&amp;Sannolikhet:</source>
        <translation>&amp;Likelihood:</translation>
    </message>
    <message>
        <source>K&amp;onsekvens:</source>
        <translation>C&amp;onsequence:</translation>
    </message>
    <message>
        <source>Risknivå:</source>
        <translation>Risk level:</translation>
    </message>
    <message>
        <source>Kvarvarande risk efter åtgärder</source>
        <translation>Residual risk after actions</translation>
    </message>
    <message>
        <source>Sa&amp;nnolikhet:</source>
        <translation>Li&amp;kelihood:</translation>
    </message>
    <message>
        <source>Konsek&amp;vens:</source>
        <translation>Conse&amp;quence:</translation>
    </message>
    <message>
        <source>Ansvar och uppföljning</source>
        <translation>Responsibility and follow-up</translation>
    </message>
    <message>
        <source>Ä&amp;gare:</source>
        <translation>O&amp;wner:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Bedömningen har ändrats: sätt bedömningsdatum till i dag, så räknas nästa omprövning från i dag</source>
        <translation>The assessment has changed: set the assessment date to today, so that the next review counts from today</translation>
    </message>
    <message>
        <source>Be&amp;dömd:</source>
        <translation>Asse&amp;ssed:</translation>
    </message>
    <message>
        <source>O&amp;mprövas var:</source>
        <translation>Re&amp;viewed every:</translation>
    </message>
    <message>
        <source>Nästa omprövning:</source>
        <translation>Next review:</translation>
    </message>
    <message>
        <source>(risk utan rubrik)</source>
        <translation>(risk without a title)</translation>
    </message>
    <message>
        <source>(ej bedömd)</source>
        <translation>(not assessed)</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 – försenad</source>
        <translation>%1 – overdue</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskFilterPanel</name>
    <message>
        <source>Bara försenad &amp;omprövning</source>
        <translation>Only overdue &amp;review</translation>
    </message>
    <message>
        <source>Rubrik, beskrivning eller hotkälla (Ctrl+F)</source>
        <translation>Title, description or threat source (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alla ägare; skriv en del av namnet</source>
        <translation>All owners; type part of the name</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Risker som inte är avslutade och vars omprövningsdatum har passerat</source>
        <translation>Risks that are not closed and whose review date has passed</translation>
    </message>
    <message>
        <source>Rensa filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Nivå:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Äga&amp;re:</source>
        <translation>Own&amp;er:</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskHeatMapPanel</name>
    <message>
        <source>&amp;Före åtgärder</source>
        <translation>&amp;Before actions</translation>
    </message>
    <message>
        <source>Efter å&amp;tgärder</source>
        <translation>After ac&amp;tions</translation>
    </message>
    <message>
        <source>&amp;Visa alla</source>
        <translation>&amp;Show all</translation>
    </message>
    <message>
        <source>Riskerna som de bedömdes innan åtgärderna</source>
        <translation>The risks as they were assessed before the actions</translation>
    </message>
    <message>
        <source>Den kvarvarande risken efter åtgärder; risker utan sådan bedömning står kvar i sin ruta</source>
        <translation>The residual risk after actions; risks without such an assessment stay in their cell</translation>
    </message>
    <message>
        <source>Släpp den valda rutan och visa alla risker i listan</source>
        <translation>Release the chosen cell and show all risks in the list</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:%1&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt;&amp;nbsp;%2 (%3–%4)</source>
        <translation>&lt;span style=&quot;background-color:%1&quot;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt;&amp;nbsp;%2 (%3–%4)</translation>
    </message>
    <message>
        <source>Nivå efter poäng: sannolikhet × konsekvens</source>
        <translation>Level by score: likelihood × consequence</translation>
    </message>
    <message>
        <source>1 risk i matrisen</source>
        <translation>1 risk in the matrix</translation>
    </message>
    <message>
        <source>%1 risker i matrisen</source>
        <translation>%1 risks in the matrix</translation>
    </message>
    <message>
        <source>Riskmatris efter åtgärder</source>
        <translation>Risk matrix after actions</translation>
    </message>
    <message>
        <source>Riskmatris före åtgärder</source>
        <translation>Risk matrix before actions</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskInventoriesTab</name>
    <message>
        <source>Ny riskinventering</source>
        <translation>New risk inventory</translation>
    </message>
    <message>
        <source>Ta bort riskinventering</source>
        <translation>Delete risk inventory</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskInventoryEditor</name>
    <message>
        <source>Ny risk från inventeringen</source>
        <translation>New risk from the inventory</translation>
    </message>
    <message>
        <source>Ingen riskinventering vald</source>
        <translation>No risk inventory selected</translation>
    </message>
    <message>
        <source>Ny riskinventering</source>
        <translation>New risk inventory</translation>
    </message>
    <message>
        <source>Lägg till riskinventering %1</source>
        <translation>Add risk inventory %1</translation>
    </message>
    <message>
        <source>Ändra riskinventering %1</source>
        <translation>Edit risk inventory %1</translation>
    </message>
    <message>
        <source>Ta bort riskinventering</source>
        <translation>Delete risk inventory</translation>
    </message>
    <message>
        <source>Ta bort riskinventeringen %1? Det går att ångra.</source>
        <translation>Delete the risk inventory %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort riskinventering %1</source>
        <translation>Delete risk inventory %1</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>E&amp;nhet:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>De&amp;ltagare:</source>
        <translation>Partici&amp;pants:</translation>
    </message>
    <message>
        <source>&amp;Metod:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>t.ex. workshop med riskmatris, genomgång av händelserapporter</source>
        <translation>e.g. workshop with a risk matrix, review of incident reports</translation>
    </message>
    <message>
        <source>Ant&amp;eckning:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <source>Risker som kom fram</source>
        <translation>Risks that came out</translation>
    </message>
    <message>
        <source>Risker som kom fram vid inventeringen</source>
        <translation>Risks that came out of the inventory</translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck Enter för att öppna risken</source>
        <translation>Double-click or press Enter to open the risk</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Inga risker är kopplade till inventeringen ännu.</source>
        <translation>No risks are linked to the inventory yet.</translation>
    </message>
    <message>
        <source>Riskinventering %1</source>
        <translation>Risk inventory %1</translation>
    </message>
    <message>
        <source>Inte bedömd</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Enhetens samlade risk för hot och våld enligt inventeringen. En aktuell bedömning av låg risk gör egenkontrollen proportionerlig: krav för högre risk, som larm och övningar, räknas inte mot enheten.</source>
        <translation>The unit&apos;s overall risk of threats and violence according to the inventory. A current assessment of low risk makes the self-assessment proportionate: requirements meant for higher risk, such as alarms and drills, do not count against the unit.</translation>
    </message>
    <message>
        <source>Bedömd &amp;risk för hot och våld:</source>
        <translation>Assessed &amp;risk of threats and violence:</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskInventoryTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Metod</source>
        <translation>Method</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskLevelLabel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Ingen risknivå</source>
        <translation>No risk level</translation>
    </message>
    <message>
        <source>%1 (poäng %2 = %3 × %4)</source>
        <translation>%1 (score %2 = %3 × %4)</translation>
    </message>
    <message>
        <source>Risknivå %1</source>
        <translation>Risk level %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskListTab</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Ny risk</source>
        <translation>&amp;New risk</translation>
    </message>
    <message>
        <source>Ta &amp;bort risk</source>
        <translation>&amp;Delete risk</translation>
    </message>
    <message>
        <source>Lägg till en risk (Insert i listan)</source>
        <translation>Add a risk (Insert in the list)</translation>
    </message>
    <message>
        <source>Ta bort den valda risken (Delete i listan); kan ångras</source>
        <translation>Delete the selected risk (Delete in the list); can be undone</translation>
    </message>
    <message>
        <source>Risker</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>1 risk</source>
        <translation>1 risk</translation>
    </message>
    <message>
        <source>%1 risker</source>
        <translation>%1 risks</translation>
    </message>
    <message>
        <source>, varav %1 med försenad omprövning</source>
        <translation>, of which %1 with an overdue review</translation>
    </message>
    <message>
        <source>Listan visar rutan sannolikhet %1 och konsekvens %2 (%3). Välj rutan igen eller Visa alla för att se alla.</source>
        <translation>The list shows the cell likelihood %1 and consequence %2 (%3). Choose the cell again or Show all to see all.</translation>
    </message>
    <message>
        <source>efter åtgärder</source>
        <translation>after actions</translation>
    </message>
    <message>
        <source>före åtgärder</source>
        <translation>before actions</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskMatrixDialog</name>
    <message>
        <source>Svenska</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>Engelska</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Färg</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Från poäng</source>
        <translation>From score</translation>
    </message>
    <message>
        <source>Nyckel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Riskmatris</source>
        <translation>Risk matrix</translation>
    </message>
    <message>
        <source>Sannolikhetsskalans steg</source>
        <translation>Steps of the likelihood scale</translation>
    </message>
    <message>
        <source>Konsekvensskalans steg</source>
        <translation>Steps of the consequence scale</translation>
    </message>
    <message>
        <source>Risknivåer</source>
        <translation>Risk levels</translation>
    </message>
    <message>
        <source>Konsekvensdimensioner</source>
        <translation>Consequence dimensions</translation>
    </message>
    <message>
        <source> steg</source>
        <translation> steps</translation>
    </message>
    <message>
        <source>Förhandsvisning av matrisen</source>
        <translation>Preview of the matrix</translation>
    </message>
    <message>
        <source>Matrisen gäller hela registret. När den sparas flyttas varje risk till närmaste steg på de nya skalorna och får sin nivå på nytt. Det går att ångra.</source>
        <translation>The matrix applies to the whole register. When it is saved, every risk is moved to the nearest step on the new scales and gets its level anew. This can be undone.</translation>
    </message>
    <message>
        <source>S&amp;annolikhet:</source>
        <translation>L&amp;ikelihood:</translation>
    </message>
    <message>
        <source>K&amp;onsekvens:</source>
        <translation>C&amp;onsequence:</translation>
    </message>
    <message>
        <source>S&amp;kalor</source>
        <translation>S&amp;cales</translation>
    </message>
    <message>
        <source>Risk&amp;nivåer</source>
        <translation>Risk &amp;levels</translation>
    </message>
    <message>
        <source>Konsekvens&amp;dimensioner</source>
        <translation>Consequence &amp;dimensions</translation>
    </message>
    <message>
        <source>Förhandsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sannolikhet (lägst först)</source>
        <translation>Likelihood (lowest first)</translation>
    </message>
    <message>
        <source>Konsekvens (lindrigast först)</source>
        <translation>Consequence (mildest first)</translation>
    </message>
    <message>
        <source>En ruta får den högsta nivå vars gräns dess poäng (sannolikhet × konsekvens) når. Den lägsta nivån börjar på 1. Dubbelklicka på färgen för att byta den.</source>
        <translation>A cell gets the highest level whose threshold its score (likelihood × consequence) reaches. The lowest level starts at 1. Double-click the colour to change it.</translation>
    </message>
    <message>
        <source>Lägg till nivå</source>
        <translation>Add level</translation>
    </message>
    <message>
        <source>Ta bort nivå</source>
        <translation>Delete level</translation>
    </message>
    <message>
        <source>Välj &amp;färg…</source>
        <translation>Choose &amp;colour…</translation>
    </message>
    <message>
        <source>Med konsekvensdimensioner (t.ex. liv och hälsa, verksamhet, ekonomi) bedöms konsekvensen för var och en, och den värsta räknas. Utan dimensioner finns en enda konsekvensskala. Nyckeln används i registret och i exporter och bör inte ändras i efterhand.</source>
        <translation>With consequence dimensions (e.g. life and health, operations, finances) the consequence is assessed for each of them, and the worst counts. Without dimensions there is a single consequence scale. The key is used in the register and in exports and should not be changed afterwards.</translation>
    </message>
    <message>
        <source>Lägg till dimension</source>
        <translation>Add dimension</translation>
    </message>
    <message>
        <source>Ta bort dimension</source>
        <translation>Delete dimension</translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck Enter för att välja färg</source>
        <translation>Double-click or press Enter to choose a colour</translation>
    </message>
    <message>
        <source>Färg för nivån %1</source>
        <translation>Colour of the level %1</translation>
    </message>
    <message>
        <source>Ny nivå</source>
        <translation>New level</translation>
    </message>
    <message>
        <source>Rätta det som står i rutan ovan först</source>
        <translation>First correct what is in the box above</translation>
    </message>
    <message>
        <source>Inget är ändrat</source>
        <translation>Nothing has changed</translation>
    </message>
    <message>
        <source>Spara matrisen och bedöm om riskerna (kan ångras)</source>
        <translation>Save the matrix and reassess the risks (can be undone)</translation>
    </message>
    <message>
        <source>Ingen av registrets %1 risker får andra värden eller en annan nivå.</source>
        <translation>None of the register&apos;s %1 risks gets other values or another level.</translation>
    </message>
    <message>
        <source>%1 av registrets %2 risker får nya värden eller en ny nivå när matrisen sparas.</source>
        <translation>%1 of the register&apos;s %2 risks get new values or a new level when the matrix is saved.</translation>
    </message>
    <message>
        <source>Spara riskmatrisen</source>
        <translation>Save the risk matrix</translation>
    </message>
    <message>
        <source>Spara matrisen? Det går att ångra.</source>
        <translation>Save the matrix? This can be undone.</translation>
    </message>
    <message>
        <source>Ändra riskmatrisen</source>
        <translation>Change the risk matrix</translation>
    </message>
    <message>
        <source>Kunde inte spara: %1</source>
        <translation>Could not save: %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RiskTableModel</name>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Efter åtgärder</source>
        <translation>After actions</translation>
    </message>
    <message>
        <source>ej bedömd</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ägare</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Omprövas</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>%1 (försenad)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Omprövningen skulle ha gjorts %1</source>
        <translation>The review should have been made %1</translation>
    </message>
    <message>
        <source>Omprövas senast %1</source>
        <translation>Review by %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RoutineEditor</name>
    <message>
        <source>Ingen rutin vald</source>
        <translation>No routine selected</translation>
    </message>
    <message>
        <source>Ny rutin</source>
        <translation>New routine</translation>
    </message>
    <message>
        <source>Lägg till rutinen %1</source>
        <translation>Add the routine %1</translation>
    </message>
    <message>
        <source>Ändra rutinen %1</source>
        <translation>Edit the routine %1</translation>
    </message>
    <message>
        <source>Ta bort rutin</source>
        <translation>Delete routine</translation>
    </message>
    <message>
        <source>Ta bort rutinen %1? Det går att ångra.</source>
        <translation>Delete the routine %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort rutinen %1</source>
        <translation>Delete the routine %1</translation>
    </message>
    <message>
        <source>&amp;Rubrik:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Rutinen är dokumenterad (skriftlig)</source>
        <translation>The routine is documented (in writing)</translation>
    </message>
    <message>
        <source>&amp;Antagen:</source>
        <translation>&amp;Adopted:</translation>
    </message>
    <message>
        <source>Har antagits</source>
        <translation>Has been adopted</translation>
    </message>
    <message>
        <source>Äga&amp;re:</source>
        <translation>Own&amp;er:</translation>
    </message>
    <message>
        <source>Skriv en del av namnet</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>&amp;Granskas var:</source>
        <translation>&amp;Reviewed every:</translation>
    </message>
    <message>
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <source>ingen fast granskning</source>
        <translation>no set review</translation>
    </message>
    <message>
        <source>Senast gra&amp;nskad:</source>
        <translation>Last re&amp;viewed:</translation>
    </message>
    <message>
        <source>Har granskats</source>
        <translation>Has been reviewed</translation>
    </message>
    <message>
        <source>Nästa granskning:</source>
        <translation>Next review:</translation>
    </message>
    <message>
        <source>&amp;Känd av personalen:</source>
        <translation>&amp;Known by staff:</translation>
    </message>
    <message>
        <source>Genomgången på A&amp;PT:</source>
        <translation>Gone through at a staff &amp;meeting:</translation>
    </message>
    <message>
        <source>Har gåtts igenom</source>
        <translation>Has been gone through</translation>
    </message>
    <message>
        <source>&amp;Dokument:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Sökväg eller webbadress till dokumentet</source>
        <translation>Path or web address of the document</translation>
    </message>
    <message>
        <source>Anteckn&amp;ing:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <source>ingen planerad (ange intervall och antagen eller granskad)</source>
        <translation>none planned (give an interval and the adoption or review date)</translation>
    </message>
    <message>
        <source>Gäller &amp;förtroendevalda (vägledning för deras säkerhet)</source>
        <translation>Meant for elected o&amp;fficials (guidance on their security)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RoutineListTab</name>
    <message>
        <source>&amp;Ny rutin</source>
        <translation>&amp;New routine</translation>
    </message>
    <message>
        <source>Ta &amp;bort rutin</source>
        <translation>&amp;Delete routine</translation>
    </message>
    <message>
        <source>Rutiner</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Sök i rubrik, anteckning och dokument (Ctrl+F)</source>
        <translation>Search title, note and document (Ctrl+F)</translation>
    </message>
    <message>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Endast &amp;försenad granskning</source>
        <translation>Only &amp;overdue review</translation>
    </message>
    <message>
        <source>1 rutin</source>
        <translation>1 routine</translation>
    </message>
    <message>
        <source>%1 rutiner</source>
        <translation>%1 routines</translation>
    </message>
    <message>
        <source>, varav %1 med försenad granskning</source>
        <translation>, of which %1 with an overdue review</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RoutineTableModel</name>
    <message>
        <source>%1 (APT %2)</source>
        <translation>%1 (staff meeting %2)</translation>
    </message>
    <message>
        <source>Senast granskad %1, granskas var %2:e månad</source>
        <translation>Last reviewed %1, reviewed every %2 months</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Rutin</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Gäller</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>(ingen enhet)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>Dokumenterad</source>
        <translation>Documented</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej, inte dokumenterad</source>
        <translation>No, not documented</translation>
    </message>
    <message>
        <source>Känd av personalen</source>
        <translation>Known by staff</translation>
    </message>
    <message>
        <source>Granskas senast</source>
        <translation>Review by</translation>
    </message>
    <message>
        <source>Ägare</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Försenad: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>förtroendevalda</source>
        <translation>elected officials</translation>
    </message>
    <message>
        <source>förtroendevalda; %1</source>
        <translation>elected officials; %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::RoutineUnitsPanel</name>
    <message>
        <source>Lägg till &amp;enhet</source>
        <translation>Add &amp;unit</translation>
    </message>
    <message>
        <source>Släpp enheten</source>
        <translation>Remove the unit</translation>
    </message>
    <message>
        <source>Enheter som rutinen gäller</source>
        <translation>Units the routine applies to</translation>
    </message>
    <message>
        <source>Enhet att lägga till</source>
        <translation>Unit to add</translation>
    </message>
    <message>
        <source>Gäller enheterna (och enheterna under dem):</source>
        <translation>Applies to the units (and the units below them):</translation>
    </message>
    <message>
        <source>Lägg till enhet</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <source>Välj först en enhet i listan bredvid knappen, bland förslagen som visas när du skriver.</source>
        <translation>First choose a unit in the box beside the button, from the suggestions shown as you type.</translation>
    </message>
    <message>
        <source>Spara rutinen först; sedan kan enheterna den gäller läggas till.</source>
        <translation>Save the routine first; then the units it applies to can be added.</translation>
    </message>
    <message>
        <source>Låt rutinen gälla en enhet till</source>
        <translation>Let the routine apply to one more unit</translation>
    </message>
    <message>
        <source>Släpp enheten %1 ur rutinen</source>
        <translation>Remove the unit %1 from the routine</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ScaleComboBox</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ScopeSelector</name>
    <message>
        <source>Vilken del av organisationen vyerna visar</source>
        <translation>Which part of the organisation the views show</translation>
    </message>
    <message>
        <source>Omfattning</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Hela kommunen</source>
        <translation>The whole municipality</translation>
    </message>
    <message>
        <source>Dina enheter</source>
        <translation>Your units</translation>
    </message>
</context>
<context>
    <name>sakra::gui::SearchDialog</name>
    <message>
        <source>Sök överallt</source>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <source>Sök i risker, åtgärder, händelser, utbildning, rutiner, larm, personer, enheter och lokaler</source>
        <translation>Search risks, actions, incidents, training, routines, alarms, people, units and sites</translation>
    </message>
    <message>
        <source>Varje ord du skriver ska inleda ett ord i posten.</source>
        <translation>Each word you type must begin a word in the record.</translation>
    </message>
    <message>
        <source>Träff</source>
        <translation>Hit</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Träffar per område</source>
        <translation>Hits per area</translation>
    </message>
    <message>
        <source>Öppna</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Söker…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (de %2 senast registrerade; fler finns, skriv fler ord)</source>
        <translation>%1 (the %2 registered last; there are more, type more words)</translation>
    </message>
    <message numerus="yes">
        <source>%n träffar. Enter öppnar den valda, pil ned går till listan.</source>
        <translation>
            <numerusform>%n hit. Enter opens the chosen one, down arrow goes to the list.</numerusform>
            <numerusform>%n hits. Enter opens the chosen one, down arrow goes to the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inga träffar.</source>
        <translation>No hits.</translation>
    </message>
    <message>
        <source>Sökningen misslyckades: %1</source>
        <translation>The search failed: %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::SecurityWalkEditor</name>
    <message>
        <source>Iakttagelser</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Ingen säkerhetsvandring vald</source>
        <translation>No security walk selected</translation>
    </message>
    <message>
        <source>Ny säkerhetsvandring</source>
        <translation>New security walk</translation>
    </message>
    <message>
        <source>Lägg till säkerhetsvandring %1</source>
        <translation>Add security walk %1</translation>
    </message>
    <message>
        <source>Ändra säkerhetsvandring %1</source>
        <translation>Edit security walk %1</translation>
    </message>
    <message>
        <source>Ta bort säkerhetsvandring</source>
        <translation>Delete security walk</translation>
    </message>
    <message>
        <source>Ta bort säkerhetsvandringen %1? Det går att ångra.</source>
        <translation>Delete the security walk %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort säkerhetsvandring %1</source>
        <translation>Delete security walk %1</translation>
    </message>
    <message>
        <source>&amp;Lokal:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>De&amp;ltagare:</source>
        <translation>Partici&amp;pants:</translation>
    </message>
    <message>
        <source>Ant&amp;eckning:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <source>Säkerhetsvandring %1, %2</source>
        <translation>Security walk %1, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>sakra::gui::SecurityWalkTableModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lokal</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Iakttagelser</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>%1 (%2 ej riskbedömda)</source>
        <translation>%1 (%2 not risk-assessed)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::SecurityWalksTab</name>
    <message>
        <source>Ny säkerhetsvandring</source>
        <translation>New security walk</translation>
    </message>
    <message>
        <source>Ta bort säkerhetsvandring</source>
        <translation>Delete security walk</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ServerActions</name>
    <message>
        <source>Anslut till &amp;gemensamt register…</source>
        <translation>Connect to &amp;shared register…</translation>
    </message>
    <message>
        <source>Arbeta i kommunens gemensamma register på en server, med det dina behörigheter omfattar</source>
        <translation>Work in the municipality’s shared register on a server, with what your grants cover</translation>
    </message>
    <message>
        <source>Gemensamt register: %1</source>
        <translation>Shared register: %1</translation>
    </message>
    <message>
        <source>Förbindelsen med det gemensamma registret bröts. Säkra ansluter igen så snart servern svarar.</source>
        <translation>The connection to the shared register was lost. Säkra connects again as soon as the server answers.</translation>
    </message>
    <message>
        <source>Förbindelsen med det gemensamma registret är tillbaka.</source>
        <translation>The connection to the shared register is back.</translation>
    </message>
    <message>
        <source>Gemensamt register: %1 – förbindelsen bruten, försöker igen…</source>
        <translation>Shared register: %1 – connection lost, trying again…</translation>
    </message>
</context>
<context>
    <name>sakra::gui::SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Systemets språk (%1)</source>
        <translation>The system&apos;s language (%1)</translation>
    </message>
    <message>
        <source>Menyer, formulär och meddelanden visas på det valda språket. Nämndhandlingarna har ett eget språkval i varje utkast.</source>
        <translation>Menus, forms and messages are shown in the chosen language. Board documents have a language choice of their own in each draft.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>sakra::gui::SiteEditor</name>
    <message>
        <source>Ingen lokal vald</source>
        <translation>No site selected</translation>
    </message>
    <message>
        <source>Ny lokal</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>Lägg till lokal %1</source>
        <translation>Add site %1</translation>
    </message>
    <message>
        <source>Ändra lokal %1</source>
        <translation>Edit site %1</translation>
    </message>
    <message>
        <source>Ta bort lokal</source>
        <translation>Delete site</translation>
    </message>
    <message>
        <source>Ta bort lokalen %1? Det går att ångra.</source>
        <translation>Delete the site %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort lokal %1</source>
        <translation>Delete site %1</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Gatuadress:</source>
        <translation>&amp;Street address:</translation>
    </message>
    <message>
        <source>&amp;Postnummer:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>123 45</source>
        <translation>123 45</translation>
    </message>
    <message>
        <source>&amp;Ort:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>Ant&amp;eckning:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <source>Enheter i lokalen</source>
        <translation>Units at the site</translation>
    </message>
    <message>
        <source>Enheter kopplas till lokaler i enhetens uppgifter under Organisation.</source>
        <translation>Units are linked to sites in the unit&apos;s details under Organisation.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::SiteTableModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gatuadress</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
</context>
<context>
    <name>sakra::gui::SiteWorkActions</name>
    <message>
        <source>&amp;Lämna ut del för arbete utan nätverk…</source>
        <translation>&amp;Hand out a part for work without a network…</translation>
    </message>
    <message>
        <source>&amp;Ta emot del…</source>
        <translation>&amp;Receive part…</translation>
    </message>
    <message>
        <source>Skriv en enhet med allt under den till en egen fil för arbete på en plats utan nätverk</source>
        <translation>Write a unit with everything below it to a file of its own for work at a place without a network</translation>
    </message>
    <message>
        <source>Jämför en utlämnad del med registret och sammanfoga den</source>
        <translation>Compare a handed-out part with the register and merge it</translation>
    </message>
    <message>
        <source>Utlämnad del: %1</source>
        <translation>Handed-out part: %1</translation>
    </message>
    <message>
        <source>Den här filen är en del av ett centralt register, utlämnad %1 av %2 till %3. Det som hör till delen ändras här som vanligt; poster utanför den (kataloger, riskmatrisen, enheter och personer utanför) kan bara ändras centralt.</source>
        <translation>This file is a part of a central register, handed out %1 by %2 to %3. What belongs to the part is changed here as usual; records outside it (catalogues, the risk matrix, units and people outside) can only be changed centrally.</translation>
    </message>
    <message>
        <source>%1: till %2 sedan %3%4</source>
        <translation>%1: to %2 since %3%4</translation>
    </message>
    <message>
        <source>, senast mottagen %1</source>
        <translation>, last received %1</translation>
    </message>
    <message>
        <source>Utlämnat: %1</source>
        <translation>Handed out: %1</translation>
    </message>
    <message>
        <source>Utlämnat för arbete utan nätverk. Ändringar här går bra men kan ge konflikter när delen tas emot.
%1</source>
        <translation>Handed out for work without a network. Changes here are fine but may give conflicts when the part is received.
%1</translation>
    </message>
    <message>
        <source>Lämnar ut…</source>
        <translation>Handing out…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Delen är utlämnad till %1: %2. Öppna filen i Säkra på platsen; ta emot den med Arkiv › Ta emot del… när den kommer tillbaka.</source>
        <translation>The part is handed out to %1: %2. Open the file in Säkra on site; receive it with File › Receive part… when it comes back.</translation>
    </message>
    <message>
        <source>Lämna ut del</source>
        <translation>Hand out part</translation>
    </message>
    <message>
        <source>Delen lämnades inte ut: %1</source>
        <translation>The part was not handed out: %1</translation>
    </message>
    <message>
        <source>Ta emot del</source>
        <translation>Receive part</translation>
    </message>
    <message>
        <source>Säkra-register (*.sakra)</source>
        <translation>Säkra registers (*.sakra)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::SitesTab</name>
    <message>
        <source>Ny lokal</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>Ta bort lokal</source>
        <translation>Delete site</translation>
    </message>
</context>
<context>
    <name>sakra::gui::StaffingTab</name>
    <message>
        <source>&amp;Sätt antal</source>
        <translation>&amp;Set number</translation>
    </message>
    <message>
        <source>Bemanning per förvaltning och nivå</source>
        <translation>Staffing per administration and level</translation>
    </message>
    <message>
        <source>Planera tjänster</source>
        <translation>Plan posts</translation>
    </message>
    <message>
        <source>&amp;Förvaltning/bolag:</source>
        <translation>&amp;Administration/company:</translation>
    </message>
    <message>
        <source>&amp;Nivå:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Planerade tjänster:</source>
        <translation>&amp;Planned posts:</translation>
    </message>
    <message>
        <source>Inga glapp.</source>
        <translation>No gaps.</translation>
    </message>
    <message>
        <source>1 rad har glapp (markerad med ”saknas”).</source>
        <translation>1 row has a gap (marked “missing”).</translation>
    </message>
    <message>
        <source>%1 rader har glapp (markerade med ”saknas”).</source>
        <translation>%1 rows have gaps (marked “missing”).</translation>
    </message>
    <message>
        <source>Planera %1 tjänster (%2) för %3</source>
        <translation>Plan %1 posts (%2) for %3</translation>
    </message>
    <message>
        <source>planerade tjänster, %1, %2</source>
        <translation>planned posts, %1, %2</translation>
    </message>
    <message>
        <source>Närliggande roll (utanför nivåerna)</source>
        <translation>Related role (outside the levels)</translation>
    </message>
    <message>
        <source>t.ex. Handläggare bakgrundskontroll</source>
        <translation>e.g. Background-check officer</translation>
    </message>
    <message>
        <source>ej kostnadsberäknad</source>
        <translation>not costed</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> SEK</translation>
    </message>
    <message>
        <source>&amp;Tjänst:</source>
        <translation>Pos&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Kostnad per tjänst och år:</source>
        <translation>&amp;Cost per post and year:</translation>
    </message>
    <message>
        <source>Välj en rad i tabellen eller en förvaltning och nivå, och ange hur många tjänster som är planerade och vad var och en kostar om året. Tjänster som en annan nämnd betalar, och tjänster utanför de tre nivåerna, får egna rader.</source>
        <translation>Choose a row in the table or an administration and level, and enter how many posts are planned and what each costs a year. Posts another board pays for, and posts outside the three levels, get rows of their own.</translation>
    </message>
    <message>
        <source>Tjänsternas kostnad: %1 per år.</source>
        <translation>Cost of the posts: %1 a year.</translation>
    </message>
    <message>
        <source>I dag: %1 planerade tjänster, %2 tillsatta. %3 %4</source>
        <translation>Today: %1 planned posts, %2 filled. %3 %4</translation>
    </message>
    <message>
        <source>(förvaltningens egen nämnd)</source>
        <translation>(the administration&apos;s own board)</translation>
    </message>
    <message>
        <source>&amp;Betalas av:</source>
        <translation>Paid &amp;by:</translation>
    </message>
    <message>
        <source>Ej kostnadsberäknade tjänster: %1.</source>
        <translation>Posts not costed: %1.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::StaffingTableModel</name>
    <message>
        <source>Förvaltning/bolag</source>
        <translation>Administration/company</translation>
    </message>
    <message>
        <source>Planerade</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Tillsatta</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>%1 personer med sammanlagt %2 % av heltid</source>
        <translation>%1 people with a total of %2% of full time</translation>
    </message>
    <message>
        <source>Glapp</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>saknas %1</source>
        <translation>missing %1</translation>
    </message>
    <message>
        <source>%1 över plan</source>
        <translation>%1 above plan</translation>
    </message>
    <message>
        <source>inget glapp</source>
        <translation>no gap</translation>
    </message>
    <message>
        <source>Nivå eller tjänst</source>
        <translation>Level or post</translation>
    </message>
    <message>
        <source>Kostnad per år</source>
        <translation>Cost per year</translation>
    </message>
    <message>
        <source>ej kostnadsberäknad</source>
        <translation>not costed</translation>
    </message>
    <message>
        <source>%1 per tjänst och år</source>
        <translation>%1 per post and year</translation>
    </message>
    <message>
        <source>Betalas av</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>egen nämnd</source>
        <translation>own board</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Rapporterar till</source>
        <translation>Reports to</translation>
    </message>
</context>
<context>
    <name>sakra::gui::StartRegisterWizard</name>
    <message>
        <source>Starta ett register för din kommun</source>
        <translation>Start a register for your municipality</translation>
    </message>
    <message>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Tillbaka</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Skapa registret</source>
        <translation>&amp;Create the register</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kommunen</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <source>Registret är en fil på den här datorn eller i en delad mapp. Allt du skriver sparas genast i den.</source>
        <translation>The register is a file on this computer or in a shared folder. Everything you write is saved in it at once.</translation>
    </message>
    <message>
        <source>t.ex. Lindvalla kommun</source>
        <translation>e.g. Lindvalla kommun</translation>
    </message>
    <message>
        <source>&amp;Välj…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Kommunens &amp;namn:</source>
        <translation>The municipality&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Nämnder</source>
        <translation>Boards</translation>
    </message>
    <message>
        <source>Skriv kommunens nämnder, en per rad. De tar emot rapporterna om säkerhetsarbetet.</source>
        <translation>Write the municipality&apos;s boards, one per line. They receive the reports on the security work.</translation>
    </message>
    <message>
        <source>Kommunstyrelsen</source>
        <translation>Kommunstyrelsen</translation>
    </message>
    <message>
        <source>Förvaltningar och bolag</source>
        <translation>Administrations and companies</translation>
    </message>
    <message>
        <source>Lägg till förvaltningarna och de kommunala bolagen, med den nämnd var och en rapporterar till. Avdelningar, enheter, lokaler och personer lägger du till sedan under Organisation.</source>
        <translation>Add the administrations and the municipal companies, with the board each reports to. Departments, units, sites and people you add afterwards under Organisation.</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rapporterar till nämnd</source>
        <translation>Reports to board</translation>
    </message>
    <message>
        <source>&amp;Lägg till rad</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <source>&amp;Ta bort rad</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>Förvaltning</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Bolag</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Kommunledningsförvaltningen</source>
        <translation>Kommunledningsförvaltningen</translation>
    </message>
    <message>
        <source>Registrets fil</source>
        <translation>The register&apos;s file</translation>
    </message>
    <message>
        <source>Säkra-register (*.sakra)</source>
        <translation>Säkra registers (*.sakra)</translation>
    </message>
    <message>
        <source>Skriv kommunens namn.</source>
        <translation>Write the municipality&apos;s name.</translation>
    </message>
    <message>
        <source>Välj var registret ska sparas.</source>
        <translation>Choose where the register is to be saved.</translation>
    </message>
    <message>
        <source>%1 finns redan. Välj ett annat filnamn, eller öppna filen från välkomstsidan.</source>
        <translation>%1 already exists. Choose another file name, or open the file from the welcome page.</translation>
    </message>
    <message>
        <source>Mappen %1 finns inte.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 behöver en nämnd att rapportera till. Lägg till nämnden i förra steget, eller ta bort raden.</source>
        <translation>%1 needs a board to report to. Add the board in the previous step, or remove the row.</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ThreatAssessmentEditor</name>
    <message>
        <source>Ingen bedömning vald</source>
        <translation>No assessment selected</translation>
    </message>
    <message>
        <source>Ny hotbildsbedömning</source>
        <translation>New threat assessment</translation>
    </message>
    <message>
        <source>Lägg till hotbildsbedömning %1</source>
        <translation>Add threat assessment %1</translation>
    </message>
    <message>
        <source>Ändra hotbildsbedömning %1</source>
        <translation>Edit threat assessment %1</translation>
    </message>
    <message>
        <source>Ta bort hotbildsbedömning</source>
        <translation>Delete threat assessment</translation>
    </message>
    <message>
        <source>Ta bort hotbildsbedömningen från %1? Det går att ångra.</source>
        <translation>Delete the threat assessment of %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort hotbildsbedömning %1</source>
        <translation>Delete threat assessment %1</translation>
    </message>
    <message>
        <source>E&amp;nhet:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>&amp;Bedömd:</source>
        <translation>&amp;Assessed:</translation>
    </message>
    <message>
        <source>&amp;Avser:</source>
        <translation>&amp;Concerns:</translation>
    </message>
    <message>
        <source>Så lite som behövs, t.ex. &quot;handläggare (namn i akten)&quot;</source>
        <translation>As little as needed, e.g. &quot;case officer (name in the file)&quot;</translation>
    </message>
    <message>
        <source>&amp;Vad har hänt:</source>
        <translation>&amp;What has happened:</translation>
    </message>
    <message>
        <source>&amp;Hotnivå:</source>
        <translation>&amp;Threat level:</translation>
    </message>
    <message>
        <source>&amp;Åtgärder:</source>
        <translation>&amp;Actions:</translation>
    </message>
    <message>
        <source>Hand&amp;läggare:</source>
        <translation>Case &amp;officer:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Avs&amp;lutad:</source>
        <translation>C&amp;losed:</translation>
    </message>
    <message>
        <source>Hotbildsbedömning %1</source>
        <translation>Threat assessment %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ThreatAssessmentTableModel</name>
    <message>
        <source>Bedömd</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Avser</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Hotnivå</source>
        <translation>Threat level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Pågående</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ThreatAssessmentsDialog</name>
    <message>
        <source>Hotbildsbedömningar – skyddade uppgifter</source>
        <translation>Threat assessments – restricted data</translation>
    </message>
    <message>
        <source>Skyddade uppgifter. Hotbildsbedömningar gäller hot mot namngivna personer och visas bara här. Skriv så lite om personerna som behövs och stäng fönstret när du är klar.</source>
        <translation>Restricted data. Threat assessments concern threats against named people and are shown only here. Write as little about the people as needed and close the window when you are done.</translation>
    </message>
    <message>
        <source>S&amp;täng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>sakra::gui::ThreatAssessmentsTab</name>
    <message>
        <source>Ny hotbildsbedömning</source>
        <translation>New threat assessment</translation>
    </message>
    <message>
        <source>Ta bort hotbildsbedömning</source>
        <translation>Delete threat assessment</translation>
    </message>
</context>
<context>
    <name>sakra::gui::TrainingEditor</name>
    <message>
        <source>Ingen utbildning eller övning vald</source>
        <translation>No training or exercise selected</translation>
    </message>
    <message>
        <source>Ny utbildning eller övning</source>
        <translation>New training or exercise</translation>
    </message>
    <message>
        <source>Lägg till %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Ta bort utbildning eller övning</source>
        <translation>Delete training or exercise</translation>
    </message>
    <message>
        <source>Ta bort %1? Det går att ångra.</source>
        <translation>Delete %1? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Rubrik:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Frivillig; annars används typen</source>
        <translation>Optional; otherwise the type is used</translation>
    </message>
    <message>
        <source>E&amp;nhet:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Deltagare:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>&amp;Målgrupp (antal):</source>
        <translation>&amp;Target group (number):</translation>
    </message>
    <message>
        <source>inte angiven</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>&amp;Återkommer:</source>
        <translation>&amp;Recurs:</translation>
    </message>
    <message>
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <source>återkommer inte</source>
        <translation>does not recur</translation>
    </message>
    <message>
        <source>Nästa senast:</source>
        <translation>Next by:</translation>
    </message>
    <message>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>inget nytt tillfälle planerat</source>
        <translation>no new session planned</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>sakra::gui::TrainingListTab</name>
    <message>
        <source>&amp;Ny utbildning eller övning</source>
        <translation>&amp;New training or exercise</translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Utbildningar och övningar</source>
        <translation>Training and exercises</translation>
    </message>
    <message>
        <source>Sök i rubrik och anteckning (Ctrl+F)</source>
        <translation>Search title and note (Ctrl+F)</translation>
    </message>
    <message>
        <source>T&amp;yp:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Endast &amp;försenade (enheten är skyldig ett nytt tillfälle)</source>
        <translation>Only &amp;overdue (the unit owes a new session)</translation>
    </message>
    <message>
        <source>1 tillfälle</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>%1 tillfällen</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source>, varav %1 försenade</source>
        <translation>, of which %1 overdue</translation>
    </message>
    <message>
        <source>Alla övningar (larm, utrymning, inrymning, brand, kris)</source>
        <translation>All exercises (alarm, evacuation, lockdown, fire, crisis)</translation>
    </message>
</context>
<context>
    <name>sakra::gui::TrainingTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>återkommer inte</source>
        <translation>does not recur</translation>
    </message>
    <message>
        <source>varje månad</source>
        <translation>every month</translation>
    </message>
    <message>
        <source>var %1:e månad</source>
        <translation>every %1 months</translation>
    </message>
    <message>
        <source>Försenad: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Utbildning eller övning</source>
        <translation>Training or exercise</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Återkommer</source>
        <translation>Recurs</translation>
    </message>
    <message>
        <source>Nästa senast</source>
        <translation>Next by</translation>
    </message>
    <message>
        <source>Nästa tillfälle skulle ha hållits %1, för %2 dagar sedan; inget senare tillfälle av samma slag finns för enheten.</source>
        <translation>The next session should have been held %1, %2 days ago; there is no later session of the same kind for the unit.</translation>
    </message>
    <message>
        <source>Ersatt av ett senare tillfälle av samma slag</source>
        <translation>Replaced by a later session of the same kind</translation>
    </message>
</context>
<context>
    <name>sakra::gui::UnitEditor</name>
    <message>
        <source>Lokaler där enheten finns</source>
        <translation>Sites where the unit is</translation>
    </message>
    <message>
        <source>Lä&amp;gg till lokal</source>
        <translation>A&amp;dd site</translation>
    </message>
    <message>
        <source>Ta bort &amp;från lokal</source>
        <translation>Remove &amp;from site</translation>
    </message>
    <message>
        <source>Ingen enhet vald</source>
        <translation>No unit selected</translation>
    </message>
    <message>
        <source>Lägg till %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Ändra %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Ta bort enhet</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Ta bort %1 ur organisationen? Det går att ångra.</source>
        <translation>Remove %1 from the organisation? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Förvaltningar och bolag rapporterar till en nämnd</source>
        <translation>Administrations and companies report to a board</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Ingår i:</source>
        <translation>&amp;Part of:</translation>
    </message>
    <message>
        <source>Rapporterar till n&amp;ämnd:</source>
        <translation>Reports to &amp;board:</translation>
    </message>
    <message>
        <source>Ant&amp;eckning:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <source>Lokal att lägga till</source>
        <translation>Site to add</translation>
    </message>
    <message>
        <source>(ingen – högst upp)</source>
        <translation>(none – at the top)</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Ny enhet under %1</source>
        <translation>New unit under %1</translation>
    </message>
    <message>
        <source>Ny kommun</source>
        <translation>New municipality</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(inga fler lokaler – lägg till under Lokaler)</source>
        <translation>(no more sites – add them under Sites)</translation>
    </message>
    <message>
        <source>Koppla %1 till %2</source>
        <translation>Link %1 to %2</translation>
    </message>
    <message>
        <source>Ta bort %1 från %2</source>
        <translation>Remove %1 from %2</translation>
    </message>
    <message>
        <source>Rapporterar också till</source>
        <translation>Also reports to</translation>
    </message>
    <message>
        <source>Ta b&amp;ort nämnd</source>
        <translation>Rem&amp;ove board</translation>
    </message>
    <message>
        <source>En förvaltning som tjänar flera nämnder: dess tjänster och budget redovisas för var och en av dem</source>
        <translation>An administration serving several boards: its posts and budget are reported to each of them</translation>
    </message>
    <message>
        <source>Nämnder som förvaltningen också rapporterar till</source>
        <translation>Boards the administration also reports to</translation>
    </message>
    <message>
        <source>Nämnd att lägga till</source>
        <translation>Board to add</translation>
    </message>
    <message>
        <source>(inga fler nämnder)</source>
        <translation>(no more boards)</translation>
    </message>
    <message>
        <source>Låt %1 rapportera också till %2</source>
        <translation>Let %1 also report to %2</translation>
    </message>
    <message>
        <source>Låt %1 sluta rapportera till %2</source>
        <translation>Let %1 stop reporting to %2</translation>
    </message>
    <message>
        <source>Lägg till nämn&amp;d</source>
        <translation>Add boa&amp;rd</translation>
    </message>
</context>
<context>
    <name>sakra::gui::UnitTreeModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>sakra::gui::UnitsTab</name>
    <message>
        <source>N&amp;y underenhet</source>
        <translation>New s&amp;ub-unit</translation>
    </message>
    <message>
        <source>Ta bort enhet</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Lägg till en enhet under den valda (Insert)</source>
        <translation>Add a unit under the selected one (Insert)</translation>
    </message>
    <message>
        <source>Ta bort den valda enheten (Delete); kan ångras</source>
        <translation>Delete the selected unit (Delete); can be undone</translation>
    </message>
    <message>
        <source>Organisationsträd</source>
        <translation>Organisation tree</translation>
    </message>
    <message>
        <source>Ny enhet</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Välj först den enhet som den nya ska ingå i.</source>
        <translation>First choose the unit the new one is to be part of.</translation>
    </message>
    <message>
        <source>Ta bort %1 ur organisationen? Det går att ångra.</source>
        <translation>Remove %1 from the organisation? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Kan inte ta bort %1</source>
        <translation>Cannot delete %1</translation>
    </message>
</context>
<context>
    <name>sakra::gui::WalkFindingTableModel</name>
    <message>
        <source>Iakttagelse</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>ej riskbedömd</source>
        <translation>not risk-assessed</translation>
    </message>
</context>
<context>
    <name>sakra::gui::WalkFindingsPanel</name>
    <message>
        <source>Ny iakttagelse…</source>
        <translation>New finding…</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>&amp;Gör till risk…</source>
        <translation>&amp;Make a risk…</translation>
    </message>
    <message>
        <source>Visa risken</source>
        <translation>Show the risk</translation>
    </message>
    <message>
        <source>Skapa en risk av iakttagelsen och koppla den till iakttagelsen (kan ångras)</source>
        <translation>Create a risk from the finding and link it to the finding (can be undone)</translation>
    </message>
    <message>
        <source>Iakttagelser</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Ny iakttagelse</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>Vad såg ni?</source>
        <translation>What did you see?</translation>
    </message>
    <message>
        <source>Lägg till iakttagelse</source>
        <translation>Add finding</translation>
    </message>
    <message>
        <source>Ändra iakttagelse</source>
        <translation>Edit finding</translation>
    </message>
    <message>
        <source>Iakttagelse:</source>
        <translation>Finding:</translation>
    </message>
    <message>
        <source>Ta bort iakttagelsen? Risken som gjordes av den finns kvar. Det går att ångra.</source>
        <translation>Delete the finding? The risk made from it remains. This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort iakttagelsen? Det går att ångra.</source>
        <translation>Delete the finding? This can be undone.</translation>
    </message>
    <message>
        <source>Ta bort iakttagelse</source>
        <translation>Delete finding</translation>
    </message>
</context>
<context>
    <name>sakra::gui::WelcomePage</name>
    <message>
        <source>Välkommen till Säkra</source>
        <translation>Welcome to Säkra</translation>
    </message>
    <message>
        <source>Säkra håller kommunens säkerhetsarbete i en registerfil på den här datorn: organisationen, risker, åtgärder, händelser, utbildning, rutiner och rapporter till nämnderna. Inget register är öppet. Välj hur du vill börja.</source>
        <translation>Säkra keeps the municipality&apos;s security work in a register file on this computer: the organisation, risks, actions, incidents, training, routines and reports to the boards. No register is open. Choose how you want to begin.</translation>
    </message>
    <message>
        <source>Öppna &amp;demokommunen</source>
        <translation>Open the &amp;demo municipality</translation>
    </message>
    <message>
        <source>Lindvalla kommun, en påhittad kommun med allt ifyllt: bra för att se hur Säkra fungerar innan du börjar med din egen.</source>
        <translation>Lindvalla kommun, a fictional municipality with everything filled in: good for seeing how Säkra works before you start on your own.</translation>
    </message>
    <message>
        <source>&amp;Starta ett register för min kommun…</source>
        <translation>&amp;Start a register for my municipality…</translation>
    </message>
    <message>
        <source>Ange kommunens namn och sedan dess nämnder, förvaltningar och bolag. Resten av organisationen lägger du till under Organisation.</source>
        <translation>Enter the municipality&apos;s name and then its boards, administrations and companies. The rest of the organisation you add under Organisation.</translation>
    </message>
    <message>
        <source>Öppna en &amp;fil…</source>
        <translation>Open a &amp;file…</translation>
    </message>
    <message>
        <source>Ett register som du eller en kollega redan har, till exempel i en delad mapp eller en utlämnad del för arbete utan nätverk.</source>
        <translation>A register that you or a colleague already have, for example in a shared folder, or a part handed out for work without a network.</translation>
    </message>
    <message>
        <source>Anslut till &amp;gemensamt register…</source>
        <translation>Connect to a shared &amp;register…</translation>
    </message>
    <message>
        <source>Kommunens register på en server, där du arbetar med de enheter du har behörighet till. Adressen och ditt användarnamn får du av den som förvaltar registret.</source>
        <translation>The municipality&apos;s register on a server, where you work with the units you have been granted. The person who runs the register gives you its address and your user name.</translation>
    </message>
</context>
<context>
    <name>sakra::report::ReportContext</name>
    <message>
        <source>Det finns ingen enhet med id %1 i registret.</source>
        <translation>There is no unit with id %1 in the register.</translation>
    </message>
    <message>
        <source>Perioden slutar före den börjar.</source>
        <translation>The period ends before it begins.</translation>
    </message>
</context>
<context>
    <name>sakra::report::ReportWriter</name>
    <message>
        <source>Kan inte skriva %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
</TS>
