<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
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
        <source>Gone &amp;quiet after:</source>
        <translation>&amp;Sin contacto tras:</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <source>A partner has gone quiet after this many days without a meeting or a referral (Today and refdesk stats).</source>
        <translation>Un socio queda sin contacto tras tantos días sin reunión ni recomendación (Hoy y refdesk stats).</translation>
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
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>A new language applies when RefDesk starts again; the rest at once.</source>
        <translation>Un idioma nuevo se aplica al reiniciar RefDesk; lo demás, al instante.</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Put every setting here back as RefDesk comes (nothing is saved until you press Save)</source>
        <translation>Devolver todos estos ajustes a los de fábrica (no se guarda nada hasta pulsar Guardar)</translation>
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
</TS>
