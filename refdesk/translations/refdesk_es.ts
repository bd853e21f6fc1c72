<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AskSection</name>
    <message>
        <source> · prospect thanked</source>
        <translation> · el cliente agradeció</translation>
    </message>
    <message>
        <source>Ask how it went</source>
        <translation>Preguntar cómo fue</translation>
    </message>
    <message>
        <source>Partner &amp;thanked me</source>
        <translation>El socio me &amp;agradeció</translation>
    </message>
    <message>
        <source>The partner has thanked you for the selected referral: record it today (Ctrl+H; undo with Ctrl+Z)</source>
        <translation>El socio le agradeció la recomendación elegida: anotarlo hoy (Ctrl+H; deshacer con Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to ask: every partner you gave a referral to more than %n day(s) ago has thanked you. When one has not, RefDesk lists it here so you can ask how it went.</source>
        <translation>
            <numerusform>Nada que preguntar: todos los socios a los que dio una recomendación hace más de %n día le agradecieron. Si alguno no lo hace, RefDesk lo lista aquí para que pregunte cómo fue.</numerusform>
            <numerusform>Nada que preguntar: todos los socios a los que dio una recomendación hace más de %n días le agradecieron. Si alguno no lo hace, RefDesk lo lista aquí para que pregunte cómo fue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When you gave the referral: listed once the partner has not thanked you for %n day(s) (Edit → Settings…)</source>
        <translation>
            <numerusform>Cuándo dio la recomendación: aparece cuando el socio lleva %n día sin darle las gracias (Editar → Preferencias…)</numerusform>
            <numerusform>Cuándo dio la recomendación: aparece cuando el socio lleva %n días sin darle las gracias (Editar → Preferencias…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner thanked me</source>
        <translation>El socio me agradeció</translation>
    </message>
    <message>
        <source>Noted: %1 thanked you. Undo with Ctrl+Z.</source>
        <translation>Anotado: %1 le agradeció. Deshacer con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message numerus="yes">
        <source>%n partner(s) with the largest imbalance, given − received: %1.</source>
        <translation>
            <numerusform>%n socio con el mayor desequilibrio, dadas − recibidas: %1.</numerusform>
            <numerusform>%n socios con el mayor desequilibrio, dadas − recibidas: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Which months the charts cover</source>
        <translation>Qué meses abarcan los gráficos</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From which date (custom range)</source>
        <translation>Desde qué fecha (periodo personalizado)</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>To which date (custom range)</source>
        <translation>Hasta qué fecha (periodo personalizado)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Chart all partners together, or one partner (type to search)</source>
        <translation>Mostrar todos los socios juntos, o uno (escriba para buscar)</translation>
    </message>
    <message>
        <source>P&amp;artner:</source>
        <translation>&amp;Socio:</translation>
    </message>
    <message>
        <source>No referrals yet, so there is nothing to chart.

Log the referrals you give and receive on the Referrals page, and these charts will show, month by month, whether each partnership is a two-way street.</source>
        <translation>Aún no hay recomendaciones, así que no hay nada que mostrar.

Registre en la página Recomendaciones las que da y recibe, y estos gráficos mostrarán, mes a mes, si cada relación es de ida y vuelta.</translation>
    </message>
    <message>
        <source>Go to &amp;Referrals</source>
        <translation>Ir a &amp;Recomendaciones</translation>
    </message>
    <message>
        <source>Open the referral log (Ctrl+3)</source>
        <translation>Abrir el registro de recomendaciones (Ctrl+3)</translation>
    </message>
    <message>
        <source>Go to Referrals</source>
        <translation>Ir a Recomendaciones</translation>
    </message>
    <message>
        <source>%1 (top %2)</source>
        <translation>%1 (los %2 primeros)</translation>
    </message>
    <message>
        <source>Running balance with %1</source>
        <translation>Saldo acumulado con %1</translation>
    </message>
</context>
<context>
    <name>ComingUpSection</name>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n day(s), and nothing overdue. Follow-ups, thank-yous, check-ins, meeting next steps and stay-in-touch dates appear here a week ahead.</source>
        <translation>
            <numerusform>Nada vence en el próximo día y no hay nada atrasado. Los seguimientos, agradecimientos, consultas, próximos pasos de reuniones y fechas de contacto aparecen aquí con una semana de antelación.</numerusform>
            <numerusform>Nada vence en los próximos %n días y no hay nada atrasado. Los seguimientos, agradecimientos, consultas, próximos pasos de reuniones y fechas de contacto aparecen aquí con una semana de antelación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactWords</name>
    <message numerus="yes">
        <source>Stay in touch: on time, due soon (within %n day(s)) or overdue, by each partner&apos;s “stay in touch every N weeks” (by default their stage&apos;s, set in Edit → Settings…). A meeting, a referral either way, a standing check-in or a thank-you sent starts it again.</source>
        <translation>
            <numerusform>Mantener el contacto: al día, vence pronto (en %n día) o atrasado, según la frecuencia de contacto de cada socio («contactar cada N semanas»; si no tiene una propia, la de su etapa, definida en Editar → Preferencias…). Una reunión, una recomendación en cualquier sentido, una consulta o un agradecimiento enviado la reinician.</numerusform>
            <numerusform>Mantener el contacto: al día, vence pronto (en %n días) o atrasado, según la frecuencia de contacto de cada socio («contactar cada N semanas»; si no tiene una propia, la de su etapa, definida en Editar → Preferencias…). Una reunión, una recomendación en cualquier sentido, una consulta o un agradecimiento enviado la reinician.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: contact was due %1.</source>
        <translation>Atrasado: el contacto vencía el %1.</translation>
    </message>
    <message>
        <source>Due soon: get in touch by %1.</source>
        <translation>Vence pronto: póngase en contacto antes del %1.</translation>
    </message>
    <message>
        <source>On time: next contact due %1.</source>
        <translation>Al día: el próximo contacto vence el %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n week(s), the default for %1.</source>
        <translation>
            <numerusform>Contactar cada semana, lo predeterminado para %1.</numerusform>
            <numerusform>Contactar cada %n semanas, lo predeterminado para %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stay in touch every %n week(s).</source>
        <translation>
            <numerusform>Contactar cada semana.</numerusform>
            <numerusform>Contactar cada %n semanas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GivenReceivedChart</name>
    <message numerus="yes">
        <source>%n referral(s) given, most in %1 (%2); %3 received, most in %4 (%5). Running balance at the end: %6.</source>
        <translation>
            <numerusform>%n recomendación dada, la mayoría en %1 (%2); %3 recibidas, la mayoría en %4 (%5). Saldo acumulado al final: %6.</numerusform>
            <numerusform>%n recomendaciones dadas, la mayoría en %1 (%2); %3 recibidas, la mayoría en %4 (%5). Saldo acumulado al final: %6.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Opening your database…</source>
        <translation>Abriendo su base de datos…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Adding demo partners and referrals…</source>
        <translation>Añadiendo socios y recomendaciones de ejemplo…</translation>
    </message>
    <message>
        <source>The demo data could not be added: %1</source>
        <translation>No se pudieron añadir los datos de ejemplo: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>The database RefDesk is working on</source>
        <translation>La base de datos con la que trabaja RefDesk</translation>
    </message>
    <message>
        <source>%1

RefDesk stays on the database it had open.</source>
        <translation>%1

RefDesk sigue con la base de datos que tenía abierta.</translation>
    </message>
    <message>
        <source>New RefDesk database</source>
        <translation>Nueva base de datos de RefDesk</translation>
    </message>
    <message>
        <source>RefDesk database (*.db)</source>
        <translation>Base de datos de RefDesk (*.db)</translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open database… to open it.</source>
        <translation>%1 ya existe. Ábrala con Archivo → Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open RefDesk database</source>
        <translation>Abrir base de datos de RefDesk</translation>
    </message>
    <message>
        <source>RefDesk database (*.db);;All files (*)</source>
        <translation>Base de datos de RefDesk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Keeps your referral partners, the referrals you give and receive, and the thank-you notes you owe.</source>
        <translation>Guarda sus socios de recomendaciones, las recomendaciones que da y recibe y las notas de agradecimiento que debe.</translation>
    </message>
    <message>
        <source>Data folder: %1
Database: %2</source>
        <translation>Carpeta de datos: %1
Base de datos: %2</translation>
    </message>
</context>
<context>
    <name>NextStepsSection</name>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>No next steps due. A meeting&apos;s next step with a date (Partners → Meetings) is listed here when it falls due.</source>
        <translation>No hay próximos pasos pendientes. El próximo paso de una reunión con fecha (Socios → Reuniones) aparece aquí cuando vence.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Mark the selected next step done (Ctrl+D; undo with Ctrl+Z)</source>
        <translation>Marcar como hecho el próximo paso seleccionado (Ctrl+D; deshacer con Ctrl+Z)</translation>
    </message>
    <message>
        <source>Mark next step done</source>
        <translation>Marcar el próximo paso como hecho</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Stay in touch e&amp;very</source>
        <translation>Contactar ca&amp;da</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>Stay in touch every N weeks</source>
        <translation>Contactar cada N semanas</translation>
    </message>
    <message>
        <source>How often you want to be in touch with them, in weeks (%1 to %2); empty: their stage&apos;s (set in Edit → Settings…). A meeting, a referral either way, a check-in or a thank-you sent starts it again.</source>
        <translation>Cada cuánto quiere estar en contacto con el socio, en semanas (de %1 a %2); vacío: la frecuencia de su etapa (en Editar → Preferencias…). Una reunión, una recomendación en cualquier sentido, una consulta o un agradecimiento enviado la reinician.</translation>
    </message>
    <message numerus="yes">
        <source>Empty: every %n week(s), the default for %1.</source>
        <translation>
            <numerusform>Vacío: cada semana, lo predeterminado para %1.</numerusform>
            <numerusform>Vacío: cada %n semanas, lo predeterminado para %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>%1: nothing to do</source>
        <translation>%1: nada que hacer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected item (Enter or double-click)</source>
        <translation>Abrir el elemento elegido (Intro o doble clic)</translation>
    </message>
    <message>
        <source>Open selected in %1</source>
        <translation>Abrir el elegido en %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>se muestran %1 de %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>Language and money</source>
        <translation>Idioma y dinero</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>El del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of RefDesk&apos;s words, and the way dates and amounts are written. It changes when RefDesk starts again.</source>
        <translation>El idioma de RefDesk y cómo se escriben las fechas y los importes. Cambia la próxima vez que se inicie RefDesk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>%1 (from your locale)</source>
        <translation>%1 (de su configuración regional)</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Moneda predeterminada</translation>
    </message>
    <message>
        <source>The three-letter code (EUR, USD, GBP…) a new referral&apos;s value is in, and the Charts page&apos;s values. Empty: your locale&apos;s currency.</source>
        <translation>El código de tres letras (EUR, USD, GBP…) del valor de una nueva recomendación y de los valores de los gráficos. Vacío: la moneda de su configuración regional.</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Moneda predeterminada:</translation>
    </message>
    <message>
        <source>Your practice&apos;s rules</source>
        <translation>Las reglas de su práctica</translation>
    </message>
    <message>
        <source>&amp;Follow up after:</source>
        <translation>&amp;Seguimiento a los:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>A new referral&apos;s follow-up with both parties falls due this many days after it.</source>
        <translation>El seguimiento con ambas partes de una nueva recomendación vence tantos días después.</translation>
    </message>
    <message>
        <source>&amp;Thank-you due after:</source>
        <translation>&amp;Agradecimiento a los:</translation>
    </message>
    <message>
        <source>Thank-you due</source>
        <translation>Agradecimiento pendiente</translation>
    </message>
    <message>
        <source>A thank-you falls due this many days after the referral (or the closed business) it is for. Thank-yous already owed keep their dates.</source>
        <translation>Un agradecimiento vence tantos días después de la recomendación (o del negocio cerrado) que agradece. Los agradecimientos ya pendientes conservan su fecha.</translation>
    </message>
    <message>
        <source>Check-&amp;in every:</source>
        <translation>&amp;Consulta cada:</translation>
    </message>
    <message>
        <source>Standing check-in</source>
        <translation>Consulta de relación</translation>
    </message>
    <message>
        <source>A standing check-in falls due when the last one is more than this many days old (Today, Partners and refdesk stats).</source>
        <translation>Una consulta de relación vence cuando la última tiene más de tantos días (Hoy, Socios y refdesk stats).</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>From %1 to %2 days.</source>
        <translation>De %1 a %2 días.</translation>
    </message>
    <message>
        <source>Ask how it went after</source>
        <translation>Preguntar cómo fue tras</translation>
    </message>
    <message>
        <source>Today lists the referrals you gave that the partner has not thanked you for after this many days (default %1)</source>
        <translation>Hoy lista las recomendaciones que dio y que el socio no le agradeció tras tantos días (por defecto %1)</translation>
    </message>
    <message>
        <source>As&amp;k how it went after:</source>
        <translation>Pregunta&amp;r tras:</translation>
    </message>
    <message>
        <source>Printing and appearance</source>
        <translation>Impresión y apariencia</translation>
    </message>
    <message>
        <source>From your locale (%1)</source>
        <translation>De su configuración regional (%1)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Checklist paper</source>
        <translation>Papel de la lista</translation>
    </message>
    <message>
        <source>The paper the thank-you checklist is printed on, or saved as a PDF on.</source>
        <translation>El papel en que se imprime la lista de agradecimientos, o se guarda como PDF.</translation>
    </message>
    <message>
        <source>Checklist &amp;paper:</source>
        <translation>&amp;Papel de la lista:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Light or dark windows, charts and icons; by default as the system is.</source>
        <translation>Ventanas, gráficos e iconos claros u oscuros; por defecto como el sistema.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>Apari&amp;encia:</translation>
    </message>
    <message>
        <source>Thank-you &amp;notes</source>
        <translation>&amp;Notas de agradecimiento</translation>
    </message>
    <message>
        <source>A new language applies when RefDesk starts again; the rest at once.</source>
        <translation>Un idioma nuevo se aplica al reiniciar RefDesk; lo demás, al instante.</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>Restaurar &amp;valores predeterminados</translation>
    </message>
    <message>
        <source>Save the settings (Enter from a field)</source>
        <translation>Guardar las preferencias (Intro desde un campo)</translation>
    </message>
    <message>
        <source>&amp;Visibility partners:</source>
        <translation>Visibili&amp;dad:</translation>
    </message>
    <message>
        <source>They know who you are and what you do.</source>
        <translation>Saben quién es usted y a qué se dedica.</translation>
    </message>
    <message>
        <source>Cre&amp;dibility partners:</source>
        <translation>Credibi&amp;lidad:</translation>
    </message>
    <message>
        <source>They trust you enough to recommend you.</source>
        <translation>Confían en usted lo bastante para recomendarle.</translation>
    </message>
    <message>
        <source>Profita&amp;bility partners:</source>
        <translation>Ren&amp;tabilidad:</translation>
    </message>
    <message>
        <source>You send each other business.</source>
        <translation>Se envían negocio mutuamente.</translation>
    </message>
    <message>
        <source>Stay in touch every so many weeks, by stage:</source>
        <translation>Frecuencia de contacto en semanas, según la etapa:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Stay in touch with %1 partners</source>
        <translation>Frecuencia de contacto de los socios en la etapa %1</translation>
    </message>
    <message>
        <source>A partner at this stage is due for contact this many weeks after the last touch, unless they have a cadence of their own (Partners → Edit). Today&apos;s “Overdue for contact” and the Partners page&apos;s Contact light count with it. From %1 to %2 weeks; RefDesk&apos;s default: %3.</source>
        <translation>Un socio en esta etapa debe ser contactado tantas semanas después del último contacto, salvo que tenga una frecuencia propia (Socios → Editar). «Contacto atrasado» en Hoy y el semáforo de contacto de la página Socios se basan en ella. De %1 a %2 semanas; valor predeterminado de RefDesk: %3.</translation>
    </message>
    <message>
        <source>e.g. Sam Rivera</source>
        <translation>p. ej., Sam Rivera</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Signs the drafted thank-you notes ($my_name)</source>
        <translation>Firma las notas de agradecimiento redactadas ($my_name)</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>Su nom&amp;bre:</translation>
    </message>
    <message>
        <source>Template for</source>
        <translation>Plantilla para</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Plantilla de la nota</translation>
    </message>
    <message>
        <source>Restore defa&amp;ult</source>
        <translation>Restaurar &amp;original</translation>
    </message>
    <message>
        <source>Put RefDesk&apos;s own template for this reason back in the box</source>
        <translation>Volver a poner la plantilla propia de RefDesk para este motivo</translation>
    </message>
    <message>
        <source>&amp;Template for:</source>
        <translation>&amp;Plantilla para:</translation>
    </message>
    <message>
        <source>$$: a dollar sign</source>
        <translation>$$: un signo de dólar</translation>
    </message>
    <message>
        <source>Thank-you note templates</source>
        <translation>Plantillas de notas de agradecimiento</translation>
    </message>
    <message>
        <source>The “%1” template: %2 Nothing was saved yet.</source>
        <translation>La plantilla «%1»: %2 Aún no se guardó nada.</translation>
    </message>
    <message>
        <source>Put every setting here back as RefDesk comes (nothing is saved until you press Save)</source>
        <translation>Devolver todos estos ajustes a los de fábrica (no se guarda nada hasta pulsar Guardar)</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>given this month</source>
        <translation>dadas este mes</translation>
    </message>
    <message>
        <source>Referrals you gave this calendar month</source>
        <translation>Recomendaciones que dio este mes natural</translation>
    </message>
    <message>
        <source>received this month</source>
        <translation>recibidas este mes</translation>
    </message>
    <message>
        <source>Referrals you received this calendar month</source>
        <translation>Recomendaciones que recibió este mes natural</translation>
    </message>
    <message>
        <source>given in the last 12 months</source>
        <translation>dadas en los últimos 12 meses</translation>
    </message>
    <message>
        <source>received in the last 12 months</source>
        <translation>recibidas en los últimos 12 meses</translation>
    </message>
    <message>
        <source>thank-yous owed</source>
        <translation>agradecimientos pendientes</translation>
    </message>
    <message>
        <source>Thank-you notes owed: still to write, or written and not sent yet</source>
        <translation>Notas de agradecimiento pendientes: por escribir, o escritas y aún sin enviar</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Dada a</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibida de</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Both sides connected: mark the selected follow-ups done (Ctrl+D; undo with Ctrl+Z)</source>
        <translation>Ambas partes contactaron: marcar como hechos los seguimientos elegidos (Ctrl+D; deshacer con Ctrl+Z)</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · vencido</translation>
    </message>
    <message>
        <source>Thank-yous owed</source>
        <translation>Agradecimientos pendientes</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>All thank-yous sent. A referral you receive adds a thank-you to write here.</source>
        <translation>Todos los agradecimientos enviados. Cada recomendación que reciba añade aquí un agradecimiento por escribir.</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>&amp;Enviado</translation>
    </message>
    <message>
        <source>Mark the selected thank-yous sent today (Ctrl+D; undo with Ctrl+Z)</source>
        <translation>Marcar como enviados hoy los agradecimientos elegidos (Ctrl+D; deshacer con Ctrl+Z)</translation>
    </message>
    <message>
        <source>Conversations to have</source>
        <translation>Conversaciones pendientes</translation>
    </message>
    <message>
        <source>Referrals you gave them %1</source>
        <translation>Recomendaciones que les dio %1</translation>
    </message>
    <message>
        <source>Referrals they gave you %1</source>
        <translation>Recomendaciones que le dieron %1</translation>
    </message>
    <message>
        <source>No one-way streets: everyone you referred to in the last 12 months gave something back.</source>
        <translation>No hay calles de un solo sentido: todos a los que recomendó en los últimos 12 meses le devolvieron algo.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>A one-page list of these partners with what they want, to take into the conversation (Ctrl+Shift+P; Ctrl+P prints the thank-you checklist)</source>
        <translation>Una lista de una página con estos socios y lo que quieren, para llevar a la conversación (Ctrl+Mayús+P; Ctrl+P imprime la lista de agradecimientos)</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the conversations list as a PDF file</source>
        <translation>Guardar la lista de conversaciones como PDF</translation>
    </message>
    <message>
        <source>Save conversations to have as PDF</source>
        <translation>Guardar las conversaciones pendientes como PDF</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>never asked</source>
        <translation>nunca consultado</translation>
    </message>
    <message>
        <source>Check-ins due</source>
        <translation>Consultas pendientes</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) given this month</source>
        <translation>
            <numerusform>%n recomendación dada este mes</numerusform>
            <numerusform>%n recomendaciones dadas este mes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) received this month</source>
        <translation>
            <numerusform>%n recomendación recibida este mes</numerusform>
            <numerusform>%n recomendaciones recibidas este mes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 given in the last 12 months</source>
        <translation>%1 dadas en los últimos 12 meses</translation>
    </message>
    <message>
        <source>%1 received in the last 12 months</source>
        <translation>%1 recibidas en los últimos 12 meses</translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you(s) owed, %1 overdue</source>
        <translation>
            <numerusform>%n agradecimiento pendiente, %1 vencidos</numerusform>
            <numerusform>%n agradecimientos pendientes, %1 vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>thank-yous owed (%1 overdue)</source>
        <translation>agradecimientos pendientes (%1 vencidos)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due today. %n follow-up(s) coming up — see Coming up.</source>
        <translation>
            <numerusform>Hoy no vence nada. Se acerca %n seguimiento: vea Próximamente.</numerusform>
            <numerusform>Hoy no vence nada. Se acercan %n seguimientos: vea Próximamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No follow-ups due. Log a referral and RefDesk reminds you here, %n day(s) later, to check that both sides connected.</source>
        <translation>
            <numerusform>No hay seguimientos pendientes. Registre una recomendación y RefDesk le recordará aquí, %n día después, que compruebe que ambas partes contactaron.</numerusform>
            <numerusform>No hay seguimientos pendientes. Registre una recomendación y RefDesk le recordará aquí, %n días después, que compruebe que ambas partes contactaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everyone has been asked where you stand in the last %n day(s).</source>
        <translation>
            <numerusform>A todos se les preguntó en el último día cómo están con usted.</numerusform>
            <numerusform>A todos se les preguntó en los últimos %n días cómo están con usted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue for contact</source>
        <translation>Contacto atrasado</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>cada semana</numerusform>
            <numerusform>cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact was due %1</source>
        <translation>El contacto vencía el %1</translation>
    </message>
    <message>
        <source>No one is overdue for contact: every partner had a meeting, a referral, a check-in or a thank-you within their stay-in-touch time.</source>
        <translation>Nadie tiene el contacto atrasado: cada socio tuvo una reunión, una recomendación, una consulta o un agradecimiento dentro de su frecuencia de contacto.</translation>
    </message>
    <message numerus="yes">
        <source>Their last standing check-in: one is due every %n day(s)</source>
        <translation>
            <numerusform>Su última consulta de relación: vence una cada día</numerusform>
            <numerusform>Su última consulta de relación: vence una cada %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n follow-up(s) done</source>
        <translation>
            <numerusform>Marcar %n seguimiento como hecho</numerusform>
            <numerusform>Marcar %n seguimientos como hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done (Ctrl+Z to undo)</source>
        <translation>%1: hecho (Ctrl+Z para deshacer)</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n thank-you(s) sent</source>
        <translation>
            <numerusform>Marcar %n agradecimiento como enviado</numerusform>
            <numerusform>Marcar %n agradecimientos como enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations to have — print preview</source>
        <translation>Conversaciones pendientes: vista previa</translation>
    </message>
    <message>
        <source>Save conversations to have</source>
        <translation>Guardar conversaciones pendientes</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Archivo PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to RefDesk</source>
        <translation>Bienvenido a RefDesk</translation>
    </message>
    <message>
        <source>RefDesk keeps your referral partners, the referrals you give and receive, and the thank-you notes you owe. Your database is empty. Start in one of these ways:</source>
        <translation>RefDesk guarda sus socios de recomendaciones, las recomendaciones que da y recibe y las notas de agradecimiento que debe. Su base de datos está vacía. Empiece de una de estas formas:</translation>
    </message>
    <message>
        <source>&amp;Add your first partner</source>
        <translation>&amp;Añadir su primer socio</translation>
    </message>
    <message>
        <source>Type in someone who sends you work, or could (Ctrl+N)</source>
        <translation>Escriba a alguien que le envía trabajo, o podría (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>Bring in contacts from Google, Outlook, LinkedIn, a spreadsheet or vCard</source>
        <translation>Traer contactos de Google, Outlook, LinkedIn, una hoja de cálculo o vCard</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Cargar datos de ejemplo</translation>
    </message>
    <message>
        <source>Fill this database with made-up partners and referrals to try RefDesk out</source>
        <translation>Llenar esta base de datos con socios y recomendaciones inventados para probar RefDesk</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Nuevo socio…</translation>
    </message>
    <message>
        <source>Add someone who sends you work, or could</source>
        <translation>Añadir a alguien que le envía trabajo, o podría</translation>
    </message>
    <message>
        <source>&amp;Log referral…</source>
        <translation>&amp;Registrar recomendación…</translation>
    </message>
    <message>
        <source>Record a referral you gave or received</source>
        <translation>Anotar una recomendación dada o recibida</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>Bring in contacts from Google, Outlook, LinkedIn, HubSpot, a spreadsheet or vCard</source>
        <translation>Traer contactos de Google, Outlook, LinkedIn, HubSpot, una hoja de cálculo o vCard</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historial de importaciones…</translation>
    </message>
    <message>
        <source>See past imports and undo one</source>
        <translation>Ver importaciones anteriores y deshacer una</translation>
    </message>
    <message>
        <source>&amp;Export all data…</source>
        <translation>E&amp;xportar todos los datos…</translation>
    </message>
    <message>
        <source>Save everything in a zip file: spreadsheet (CSV) files and one JSON file</source>
        <translation>Guardar todo en un archivo zip: hojas de cálculo (CSV) y un archivo JSON</translation>
    </message>
    <message>
        <source>&amp;Print thank-you checklist…</source>
        <translation>Im&amp;primir lista de agradecimientos…</translation>
    </message>
    <message>
        <source>Preview and print the list of thank-you notes to write, or save it as a PDF</source>
        <translation>Ver e imprimir la lista de notas de agradecimiento por escribir, o guardarla como PDF</translation>
    </message>
    <message>
        <source>Print &amp;mailing labels…</source>
        <translation>Imprimir &amp;etiquetas de dirección…</translation>
    </message>
    <message>
        <source>Address labels for the notes to post, on Avery L7160 (A4) or 5160 (Letter) sheets</source>
        <translation>Etiquetas de dirección para las notas por enviar, en hojas Avery L7160 (A4) o 5160 (Carta)</translation>
    </message>
    <message>
        <source>Print en&amp;velopes…</source>
        <translation>Imprimir so&amp;bres…</translation>
    </message>
    <message>
        <source>One DL or C6 envelope for each note to post</source>
        <translation>Un sobre DL o C6 por cada nota por enviar</translation>
    </message>
    <message>
        <source>Ne&amp;w database…</source>
        <translation>Nueva &amp;base de datos…</translation>
    </message>
    <message>
        <source>Start a new, empty RefDesk database file</source>
        <translation>Crear un archivo de base de datos de RefDesk nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open another RefDesk database file</source>
        <translation>Abrir otro archivo de base de datos de RefDesk</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>Conectar a una base de datos de &amp;equipo…</translation>
    </message>
    <message>
        <source>Work on a database your team shares on a PostgreSQL server</source>
        <translation>Trabajar en una base de datos que su equipo comparte en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer copia de &amp;seguridad ahora</translation>
    </message>
    <message>
        <source>Copy the database into the backups folder now</source>
        <translation>Copiar ahora la base de datos en la carpeta de copias</translation>
    </message>
    <message>
        <source>Back&amp;ups…</source>
        <translation>Co&amp;pias de seguridad…</translation>
    </message>
    <message>
        <source>See the automatic backups, restore one, or open their folder</source>
        <translation>Ver las copias automáticas, restaurar una o abrir su carpeta</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Comprobar base de datos…</translation>
    </message>
    <message>
        <source>Look for damage in the database file with SQLite&apos;s full integrity check</source>
        <translation>Buscar daños en el archivo de la base de datos con la comprobación completa de integridad de SQLite</translation>
    </message>
    <message>
        <source>Show data &amp;folder</source>
        <translation>Mostrar carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Open the folder that holds the database, backups and logs</source>
        <translation>Abrir la carpeta con la base de datos, las copias y los registros</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close RefDesk</source>
        <translation>Cerrar RefDesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Make the change undone last again</source>
        <translation>Volver a hacer el último cambio deshecho</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Language, default currency, your practice&apos;s rules, paper, light or dark; your name and the thank-you note templates</source>
        <translation>Idioma, moneda predeterminada, las reglas de su práctica, papel, claro u oscuro; su nombre y las plantillas de agradecimiento</translation>
    </message>
    <message>
        <source>&amp;About RefDesk</source>
        <translation>&amp;Acerca de RefDesk</translation>
    </message>
    <message>
        <source>Versions, data folder and database</source>
        <translation>Versiones, carpeta de datos y base de datos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>No referrals in this period.</source>
        <translation>No hay recomendaciones en este periodo.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Thanked me</source>
        <translation>Me agradeció</translation>
    </message>
    <message>
        <source>Balance per partner</source>
        <translation>Saldo por socio</translation>
    </message>
    <message>
        <source>← they give more  ·  I give more →</source>
        <translation>← ellos dan más  ·  yo doy más →</translation>
    </message>
    <message>
        <source>Running balance</source>
        <translation>Saldo acumulado</translation>
    </message>
    <message>
        <source> (retired)</source>
        <translation> (retirado)</translation>
    </message>
    <message>
        <source>%1
Given: %2
Received: %3
Balance: %4</source>
        <translation>%1
Dadas: %2
Recibidas: %3
Saldo: %4</translation>
    </message>
    <message>
        <source>%1
Running balance: %2
This month: %3 given, %4 received</source>
        <translation>%1
Saldo acumulado: %2
Este mes: %3 dadas, %4 recibidas</translation>
    </message>
    <message>
        <source> (so far)</source>
        <translation> (hasta ahora)</translation>
    </message>
    <message>
        <source>Running balance with %1, %2 to %3%4: %5 at the end; lowest %6 in %7, highest %8 in %9.</source>
        <translation>Saldo acumulado con %1, de %2 a %3%4: %5 al final; mínimo %6 en %7, máximo %8 en %9.</translation>
    </message>
    <message>
        <source>Running balance (given − received, from the first month shown)</source>
        <translation>Saldo acumulado (dadas − recibidas, desde el primer mes mostrado)</translation>
    </message>
    <message>
        <source>%1 to %2.</source>
        <translation>De %1 a %2.</translation>
    </message>
    <message>
        <source>%1 so far.</source>
        <translation>%1 hasta ahora.</translation>
    </message>
    <message>
        <source>Referrals given and received per month</source>
        <translation>Recomendaciones dadas y recibidas por mes</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dadas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>%1
Given: %2
Received: %3
Running balance: %4</source>
        <translation>%1
Dadas: %2
Recibidas: %3
Saldo acumulado: %4</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Given − received</source>
        <translation>Dadas − recibidas</translation>
    </message>
    <message>
        <source>Value of closed business per month</source>
        <translation>Valor de los negocios cerrados por mes</translation>
    </message>
    <message>
        <source>Won by partners from my referrals</source>
        <translation>Ganado por socios con mis recomendaciones</translation>
    </message>
    <message>
        <source>Won by me from referrals received</source>
        <translation>Ganado por mí con recomendaciones recibidas</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Valor (%1)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1; not counted: %2</source>
        <translation>%1; sin contar: %2</translation>
    </message>
    <message>
        <source>No closed business in this period.
Mark a referral as won, with its value.</source>
        <translation>No hay negocios cerrados en este periodo.
Marque una recomendación como ganada, con su valor.</translation>
    </message>
    <message>
        <source>No closed business in this period.</source>
        <translation>No hay negocios cerrados en este periodo.</translation>
    </message>
    <message>
        <source>%1: %2 in all, most in %3 (%4).</source>
        <translation>%1: %2 en total, la mayor parte en %3 (%4).</translation>
    </message>
    <message>
        <source>%1: %2 in all.</source>
        <translation>%1: %2 en total.</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Last 24 months</source>
        <translation>Últimos 24 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Periodo personalizado…</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Todos los socios</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>hasta ahora</translation>
    </message>
    <message>
        <source>Chart saved</source>
        <translation>Gráfico guardado</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Show this chart&apos;s numbers as a table; press again for the chart</source>
        <translation>Mostrar los números de este gráfico como tabla; pulse otra vez para ver el gráfico</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Mostrar %1 como tabla</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the “%1” chart as a PNG or SVG image</source>
        <translation>Guardar el gráfico «%1» como imagen PNG o SVG</translation>
    </message>
    <message>
        <source>Export %1 chart</source>
        <translation>Exportar el gráfico %1</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Gráfico %1</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation>%1: los números</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1:
%2</source>
        <translation>No se pudo guardar el gráfico en %1:
%2</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>When you gave the referral</source>
        <translation>Cuándo dio la recomendación</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Who you gave it to</source>
        <translation>A quién se la dio</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>Who you referred</source>
        <translation>A quién recomendó</translation>
    </message>
    <message>
        <source>Where the referral is, and whether the prospect thanked you</source>
        <translation>En qué punto está la recomendación y si el cliente potencial le agradeció</translation>
    </message>
    <message>
        <source>The partner</source>
        <translation>El socio</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>When to check that both sides connected</source>
        <translation>Cuándo comprobar que ambas partes contactaron</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Given to or received from them, and the prospect</source>
        <translation>Dada a ellos o recibida de ellos, y el cliente potencial</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Where the referral is</source>
        <translation>En qué punto está la recomendación</translation>
    </message>
    <message>
        <source>When the thank-you should go out</source>
        <translation>Cuándo debe enviarse el agradecimiento</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Who to thank</source>
        <translation>A quién agradecer</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Why you are thanking them</source>
        <translation>Por qué les da las gracias</translation>
    </message>
    <message>
        <source>To write, or written and not sent yet</source>
        <translation>Por escribir, o escrito y aún sin enviar</translation>
    </message>
    <message>
        <source>The latest meeting, referral either way, standing check-in or thank-you sent</source>
        <translation>La última reunión, recomendación en cualquier sentido, consulta o agradecimiento enviado</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>How often you want to be in touch with them (Partners → Edit)</source>
        <translation>Cada cuánto quiere estar en contacto con el socio (Socios → Editar)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dadas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Last asked</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Their last willingness to refer you, 0–10</source>
        <translation>Su última disposición a recomendarle, 0–10</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>When it falls due; overdue ones first, marked “overdue”</source>
        <translation>Cuándo vence; lo atrasado primero, marcado como «atrasado»</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>What to do, and with whom: a follow-up, a thank-you, a standing check-in, a meeting&apos;s next step or staying in touch</source>
        <translation>Qué hay que hacer y con quién: un seguimiento, un agradecimiento, una consulta, el próximo paso de una reunión o mantener el contacto</translation>
    </message>
    <message>
        <source>The date you gave the step at the meeting</source>
        <translation>La fecha que dio al paso en la reunión</translation>
    </message>
    <message>
        <source>Who you met</source>
        <translation>Con quién se reunió</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>What you agreed to do next</source>
        <translation>Lo que acordó hacer a continuación</translation>
    </message>
</context>
<context>
    <name>contact</name>
    <message>
        <source>On time</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>Retired: no stay-in-touch reminders</source>
        <translation>Retirado: sin recordatorios de contacto</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Settings saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Alt+Down or F4 opens the calendar</source>
        <translation>Alt+Abajo o F4 abre el calendario</translation>
    </message>
    <message>
        <source>; Delete empties it</source>
        <translation>; Supr lo vacía</translation>
    </message>
    <message>
        <source>Optional; “%1” when empty</source>
        <translation>Opcional; «%1» si está vacío</translation>
    </message>
    <message>
        <source>%1 needs a date</source>
        <translation>%1 necesita una fecha</translation>
    </message>
    <message>
        <source>%1: calendar</source>
        <translation>%1: calendario</translation>
    </message>
    <message>
        <source>Arrow keys choose the day, Ctrl+Page Up and Page Down the month; Enter takes it, Esc puts the date back</source>
        <translation>Las flechas eligen el día, Ctrl+RePág y AvPág el mes; Intro lo acepta, Esc restaura la fecha</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved.</source>
        <translation>Lo que escribió en este formulario no se ha guardado.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Close the form and lose what you typed</source>
        <translation>Cerrar el formulario y perder lo escrito</translation>
    </message>
    <message>
        <source>Go back to the form (Esc)</source>
        <translation>Volver al formulario (Esc)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>What needs doing today</source>
        <translation>Lo que hay que hacer hoy</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Everyone who sends you work, or could</source>
        <translation>Todos los que le envían trabajo, o podrían hacerlo</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Referrals given and received</source>
        <translation>Recomendaciones dadas y recibidas</translation>
    </message>
    <message>
        <source>Thank-yous</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <source>Thank-you notes owed, written and sent</source>
        <translation>Notas de agradecimiento pendientes, escritas y enviadas</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Is each partnership a two-way street?</source>
        <translation>¿Es cada relación de ida y vuelta?</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · atrasado</translation>
    </message>
</context>
</TS>
