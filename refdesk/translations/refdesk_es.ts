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
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>RefDesk backs up your database each day you open it, and before an upgrade. It keeps the newest %1 backups and one for each of the last %2 weeks and %3 months; each is checked when it is made, and one that is not sound is never kept. Restoring a backup replaces your current data with it; RefDesk first saves what you have now as one more backup, so you can change your mind.</source>
        <translation>RefDesk hace una copia de seguridad de su base de datos cada día que lo abre y antes de una actualización. Conserva las %1 copias más recientes y una de cada una de las últimas %2 semanas y %3 meses; cada una se comprueba al hacerla, y nunca se conserva una que no esté en buen estado. Restaurar una copia sustituye sus datos actuales por ella; RefDesk guarda antes lo que tiene ahora como una copia más, para que pueda cambiar de opinión.</translation>
    </message>
    <message>
        <source>No backups yet.

RefDesk makes one automatically each day it starts. Click “Back up now” to make one at once.</source>
        <translation>Aún no hay copias de seguridad.

RefDesk hace una automáticamente cada día que se inicia. Pulse «Hacer copia ahora» para hacer una en este momento.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Replace your current data with the selected backup (asks first)</source>
        <translation>Sustituir sus datos actuales por la copia seleccionada (pregunta antes)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>Copy the database into the backups folder now</source>
        <translation>Copiar ahora la base de datos en la carpeta de copias</translation>
    </message>
    <message>
        <source>&amp;Open backup folder</source>
        <translation>A&amp;brir carpeta de copias</translation>
    </message>
    <message>
        <source>Show %1 in your file manager</source>
        <translation>Mostrar %1 en el gestor de archivos</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Cerrar esta ventana (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created: %2</source>
        <translation>No se puede crear la carpeta de copias %1: %2</translation>
    </message>
    <message>
        <source>A team database on a server is backed up by exporting it.</source>
        <translation>Una base de datos de equipo en un servidor se respalda exportándola.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln socio</numerusform>
            <numerusform>%Ln socios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln recomendación</numerusform>
            <numerusform>%Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thank-you(s)</source>
        <translation>
            <numerusform>%Ln agradecimiento</numerusform>
            <numerusform>%Ln agradecimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace your current data with the backup from %1 (%2)?

Everything entered since then will be replaced. RefDesk first saves your current data as a new backup, so you can go back to it from this list.</source>
        <translation>¿Sustituir sus datos actuales por la copia del %1 (%2)?

Se sustituirá todo lo introducido desde entonces. RefDesk guarda antes sus datos actuales como una copia nueva, para que pueda volver a ellos desde esta lista.</translation>
    </message>
    <message>
        <source>Backups can only be restored into a database file.</source>
        <translation>Las copias solo pueden restaurarse en un archivo de base de datos.</translation>
    </message>
    <message>
        <source>The damaged database was kept as it was, as %1, in case anything is to be salvaged from it.</source>
        <translation>La base de datos dañada se conservó tal cual, como %1, por si hubiera algo que rescatar de ella.</translation>
    </message>
    <message>
        <source>Your data from before is kept as the backup “%1”.</source>
        <translation>Sus datos anteriores se conservan como la copia «%1».</translation>
    </message>
    <message>
        <source>The backup from %1 was restored.</source>
        <translation>Se restauró la copia del %1.</translation>
    </message>
    <message>
        <source>Backup from %1 restored</source>
        <translation>Copia del %1 restaurada</translation>
    </message>
    <message>
        <source>The backup could not be made: %1 (details are in the log file)</source>
        <translation>No se pudo hacer la copia de seguridad: %1 (los detalles están en el archivo de registro)</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <source>This file cannot be read: it is damaged and cannot be restored.</source>
        <translation>Este archivo no se puede leer: está dañado y no se puede restaurar.</translation>
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
    <name>BatchModel</name>
    <message>
        <source>Undone %1</source>
        <translation>Deshecha el %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importada</translation>
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
    <name>CheckDialog</name>
    <message>
        <source>Check database</source>
        <translation>Comprobar la base de datos</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>SQLite reads the whole file and compares every index with its table. A big database takes a few seconds; you can keep working meanwhile.</source>
        <translation>SQLite lee el archivo entero y compara cada índice con su tabla. Una base de datos grande tarda unos segundos; mientras tanto puede seguir trabajando.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>See the backups and restore one</source>
        <translation>Ver las copias de seguridad y restaurar una</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Cerrar esta ventana (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 is sound</source>
        <translation>%1 está en buen estado</translation>
    </message>
    <message>
        <source>Every page of the file can be read, every index matches its table, and every referral, meeting and thank-you belongs to a partner that is there.</source>
        <translation>Todas las páginas del archivo se pueden leer, cada índice coincide con su tabla, y cada recomendación, reunión y agradecimiento pertenece a un socio que existe.</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 está dañado</translation>
    </message>
    <message>
        <source>RefDesk keeps it read-only until you restore a backup.</source>
        <translation>RefDesk la mantiene en solo lectura hasta que restaure una copia.</translation>
    </message>
    <message>
        <source>The check could not run</source>
        <translation>No se pudo hacer la comprobación</translation>
    </message>
    <message>
        <source>A team database on a server is looked after by the server itself: there is no file to check.</source>
        <translation>De una base de datos de equipo en un servidor se encarga el propio servidor: no hay ningún archivo que comprobar.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in with %1</source>
        <translation>Consulta con %1</translation>
    </message>
    <message>
        <source>Standing check-in</source>
        <translation>Consulta de relación</translation>
    </message>
    <message>
        <source>Ask them, on purpose, where you stand: how willing are they to refer you, and how far would they go?</source>
        <translation>Pregúntele expresamente en qué punto están: ¿qué disposición tiene a recomendarle y hasta dónde llegaría?</translation>
    </message>
    <message>
        <source>Check-in date</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <source>When you asked them (not in the future)</source>
        <translation>Cuándo se lo preguntó (no en el futuro)</translation>
    </message>
    <message>
        <source>Willingness to refer (slider)</source>
        <translation>Disposición a recomendar (control deslizante)</translation>
    </message>
    <message>
        <source>0: would never refer you. 10: already looking for people to send you</source>
        <translation>0: nunca le recomendaría. 10: ya busca personas que enviarle</translation>
    </message>
    <message>
        <source>Willingness to refer, 0 to 10</source>
        <translation>Disposición a recomendar, de 0 a 10</translation>
    </message>
    <message>
        <source>Their answer, 0 to 10 (Up and Down change it)</source>
        <translation>Su respuesta, de 0 a 10 (Arriba y Abajo la cambian)</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>How far they would go: not refer, recommend you, or introduce you in person</source>
        <translation>Hasta dónde llegaría: no recomendarle, recomendarle o presentarle en persona</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Willingness</source>
        <translation>Dis&amp;posición</translation>
    </message>
    <message>
        <source>0: would never refer you. 10: already looking for people to send you.</source>
        <translation>0: nunca le recomendaría. 10: ya busca personas que enviarle.</translation>
    </message>
    <message>
        <source>&amp;Comfort</source>
        <translation>&amp;Confianza</translation>
    </message>
    <message>
        <source>Recommend: they tell people to call you. Introduce: they connect you in person.</source>
        <translation>Recomendar: dice a la gente que le llame. Presentar: le pone en contacto en persona.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>ChecklistPreview</name>
    <message>
        <source>Owed</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Owed and written, not sent</source>
        <translation>Pendientes y escritos sin enviar</translation>
    </message>
    <message>
        <source>Written, not sent</source>
        <translation>Escritos, sin enviar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Thank-you checklist</source>
        <translation>Lista de agradecimientos</translation>
    </message>
    <message>
        <source>Print thank-you checklist</source>
        <translation>Imprimir la lista de agradecimientos</translation>
    </message>
    <message>
        <source>Notes to list</source>
        <translation>Notas que listar</translation>
    </message>
    <message>
        <source>Which thank-you notes the checklist lists</source>
        <translation>Qué notas de agradecimiento incluye la lista</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>The checklist could not be printed: %1</source>
        <translation>No se pudo imprimir la lista: %1</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.tsv *.txt);;CSV files (*.csv);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Contactos (*.csv *.vcf *.vcard *.tsv *.txt);;Archivos CSV (*.csv);;Archivos vCard (*.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que desea importar</translation>
    </message>
    <message>
        <source>Contacts exported from Google Contacts, Outlook, LinkedIn or HubSpot, a spreadsheet saved as CSV, or a vCard (.vcf) file from your phone. You can also drop the file on this window.</source>
        <translation>Contactos exportados de Google Contactos, Outlook, LinkedIn o HubSpot, una hoja de cálculo guardada como CSV o un archivo vCard (.vcf) de su teléfono. También puede soltar el archivo en esta ventana.</translation>
    </message>
    <message>
        <source>The contacts file (.csv or .vcf)</source>
        <translation>El archivo de contactos (.csv o .vcf)</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se importará</translation>
    </message>
    <message>
        <source>Type or paste the path of the file, or use Browse…</source>
        <translation>Escriba o pegue la ruta del archivo, o use Examinar…</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Pick the contacts file (Alt+W)</source>
        <translation>Elegir el archivo de contactos (Alt+X)</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Buscar el archivo</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
    </message>
    <message>
        <source>Drop a contacts file here
(.csv, .vcf, .tsv or .txt)</source>
        <translation>Suelte aquí un archivo de contactos
(.csv, .vcf, .tsv o .txt)</translation>
    </message>
    <message>
        <source>Drop area for a contacts file</source>
        <translation>Zona para soltar un archivo de contactos</translation>
    </message>
    <message>
        <source>How to export: Google Contacts → Export → Google CSV; Outlook → Manage contacts → Export; LinkedIn → Settings → Data privacy → Get a copy of your data → Connections; iPhone/Android → share or export contacts as vCard.</source>
        <translation>Cómo exportar: Google Contactos → Exportar → CSV de Google; Outlook → Administrar contactos → Exportar; LinkedIn → Configuración → Privacidad de datos → Obtener una copia de sus datos → Contactos; iPhone/Android → compartir o exportar los contactos como vCard.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Nothing has been imported.</source>
        <translation>No se ha importado nada.</translation>
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
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 — Someone else saved this first</source>
        <translation>%1 — Otra persona guardó esto antes</translation>
    </message>
    <message>
        <source>Edit conflict</source>
        <translation>Conflicto de edición</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Lo que usted vio</translation>
    </message>
    <message>
        <source>Your version (not saved yet)</source>
        <translation>Su versión (aún sin guardar)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>Su versión guardada (la de la otra persona)</translation>
    </message>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Cargar la otra versión</translation>
    </message>
    <message>
        <source>Show what is saved now; where you both changed a field theirs is kept, your other edits stay on screen</source>
        <translation>Mostrar lo que está guardado ahora; donde ambos cambiaron un campo se queda la otra versión, sus demás cambios siguen en pantalla</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine</source>
        <translation>&amp;Sobrescribir con la mía</translation>
    </message>
    <message>
        <source>Save your version over theirs; their changes to these fields are lost</source>
        <translation>Guardar su versión sobre la otra; se pierden los cambios de la otra persona en estos campos</translation>
    </message>
    <message>
        <source>Keep &amp;editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
    <message>
        <source>Close this message and keep your edits on screen, unsaved (Esc)</source>
        <translation>Cerrar este mensaje y mantener sus cambios en pantalla, sin guardar (Esc)</translation>
    </message>
    <message>
        <source>Leave it as they saved it and show their version</source>
        <translation>Dejarlo como lo guardó la otra persona y mostrar su versión</translation>
    </message>
    <message>
        <source>&amp;Do it anyway</source>
        <translation>&amp;Hacerlo igualmente</translation>
    </message>
    <message>
        <source>“%1” on their version, over what they changed</source>
        <translation>«%1» sobre la otra versión, por encima de lo que cambiaron</translation>
    </message>
    <message>
        <source>“%1” was not done: someone else deleted this %2 after your list was loaded.

Nothing of yours was saved. The list now shows what is saved.</source>
        <translation>«%1» no se hizo: otra persona eliminó este registro (%2) después de cargarse su lista.

No se guardó nada suyo. La lista muestra ahora lo que está guardado.</translation>
    </message>
    <message>
        <source>%1

Nothing was saved. Close the item, or keep editing.</source>
        <translation>%1

No se guardó nada. Cierre el elemento o siga editando.</translation>
    </message>
    <message>
        <source>The item no longer exists, so there is nothing to overwrite</source>
        <translation>El elemento ya no existe, así que no hay nada que sobrescribir</translation>
    </message>
    <message>
        <source>&amp;Close the item</source>
        <translation>&amp;Cerrar el elemento</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>“%1” was not done: someone else changed this %2 after your list was loaded, and RefDesk does not overwrite their change without asking.

Nothing of yours was saved. Keep their version (the list shows it), or do it anyway.</source>
        <translation>«%1» no se hizo: otra persona cambió este registro (%2) después de cargarse su lista, y RefDesk no sobrescribe su cambio sin preguntar.

No se guardó nada suyo. Quédese con la otra versión (la lista la muestra) o hágalo igualmente.</translation>
    </message>
    <message>
        <source>%1

Nothing was saved yet. Reload to see their version (where you both changed a field, theirs is kept; your other edits stay on screen), or overwrite to save yours over theirs.</source>
        <translation>%1

Aún no se guardó nada. Cargue la otra versión (donde ambos cambiaron un campo se queda la suya; sus demás cambios siguen en pantalla) o sobrescríbala con la suya.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>Conectar con una base de datos de equipo</translation>
    </message>
    <message>
        <source>Work on a RefDesk database that your team shares on a PostgreSQL server. Whoever looks after the server can tell you these details.</source>
        <translation>Trabaje con una base de datos de RefDesk que su equipo comparte en un servidor PostgreSQL. La persona que se ocupa del servidor puede darle estos datos.</translation>
    </message>
    <message>
        <source>e.g. server.office.lan or 192.168.1.20</source>
        <translation>p. ej. servidor.oficina.lan o 192.168.1.20</translation>
    </message>
    <message>
        <source>leave empty to use the saved password</source>
        <translation>déjelo vacío para usar la contraseña guardada</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>Kept by your operating system&apos;s password store, not in RefDesk&apos;s settings</source>
        <translation>La guarda el almacén de contraseñas de su sistema operativo, no la configuración de RefDesk</translation>
    </message>
    <message>
        <source>No system keyring was found, so RefDesk will ask for the password next time</source>
        <translation>No se encontró ningún llavero del sistema, así que RefDesk le pedirá la contraseña la próxima vez</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>The name or address of the PostgreSQL server</source>
        <translation>El nombre o la dirección del servidor PostgreSQL</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pu&amp;erto:</translation>
    </message>
    <message>
        <source>The server&apos;s port (PostgreSQL&apos;s usual one is 5432)</source>
        <translation>El puerto del servidor (el habitual de PostgreSQL es el 5432)</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>The name of the shared database on that server</source>
        <translation>El nombre de la base de datos compartida en ese servidor</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Your user name on the database server</source>
        <translation>Su nombre de usuario en el servidor de base de datos</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Your password on the database server</source>
        <translation>Su contraseña en el servidor de base de datos</translation>
    </message>
    <message>
        <source>Remember the password</source>
        <translation>Recordar la contraseña</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>Connect and show the team&apos;s partners and referrals</source>
        <translation>Conectar y mostrar los socios y las recomendaciones del equipo</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <translation>Rellene: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Try to reach the database server again now</source>
        <translation>Intentar ahora de nuevo llegar al servidor de base de datos</translation>
    </message>
    <message>
        <source>The team database server %1 cannot be reached. RefDesk keeps trying every few seconds and carries on as soon as it is back. Until then, changes cannot be saved.</source>
        <translation>No se puede llegar al servidor de base de datos del equipo %1. RefDesk lo sigue intentando cada pocos segundos y continúa en cuanto vuelva. Hasta entonces no se pueden guardar cambios.</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>Add email</source>
        <translation>Añadir correo</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Add another email address</source>
        <translation>Añadir otra dirección de correo</translation>
    </message>
    <message>
        <source>Add another phone number</source>
        <translation>Añadir otro número de teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>One email address; empty lines are left out</source>
        <translation>Una dirección de correo; las líneas vacías se omiten</translation>
    </message>
    <message>
        <source>One phone number; empty lines are left out</source>
        <translation>Un número de teléfono; las líneas vacías se omiten</translation>
    </message>
    <message>
        <source>work, home, mobile…</source>
        <translation>trabajo, casa, móvil…</translation>
    </message>
    <message>
        <source>Kind of email</source>
        <translation>Tipo de correo</translation>
    </message>
    <message>
        <source>Kind of phone</source>
        <translation>Tipo de teléfono</translation>
    </message>
    <message>
        <source>What kind of email address this is, e.g. work or home</source>
        <translation>Qué tipo de dirección de correo es, p. ej. trabajo o casa</translation>
    </message>
    <message>
        <source>What kind of phone number this is, e.g. work or mobile</source>
        <translation>Qué tipo de número de teléfono es, p. ej. trabajo o móvil</translation>
    </message>
    <message>
        <source>Remove this email address</source>
        <translation>Quitar esta dirección de correo</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>Quitar este número de teléfono</translation>
    </message>
    <message>
        <source>Remove email</source>
        <translation>Quitar correo</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Quitar teléfono</translation>
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
    <name>CountWords</name>
    <message numerus="yes">
        <source>Loading %Ln partner(s)…</source>
        <translation>
            <numerusform>Cargando %Ln socio…</numerusform>
            <numerusform>Cargando %Ln socios…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln socio</numerusform>
            <numerusform>%Ln socios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln partner(s)</source>
        <translation>
            <numerusform>Se muestran %1 de %Ln socio</numerusform>
            <numerusform>Se muestran %1 de %Ln socios</numerusform>
        </translation>
    </message>
    <message>
        <source> (updating…)</source>
        <translation> (actualizando…)</translation>
    </message>
    <message>
        <source>No partners yet.

Add someone who sends you work, or could: press Ctrl+N or click “New partner”.</source>
        <translation>Todavía no hay socios.

Añada a alguien que le envíe trabajo, o que podría hacerlo: pulse Ctrl+N o haga clic en «Nuevo socio».</translation>
    </message>
    <message>
        <source>No possible duplicates to look at.

When an import finds someone who may already be here (same name or phone number), they are listed here. Untick “Possible duplicates” to see every partner.</source>
        <translation>No hay posibles duplicados que revisar.

Cuando una importación encuentra a alguien que quizá ya esté aquí (mismo nombre o número de teléfono), aparece aquí. Desmarque «Posibles duplicados» para ver todos los socios.</translation>
    </message>
    <message>
        <source>No partner matches the filter.

Change the words (Esc clears them).</source>
        <translation>Ningún socio coincide con el filtro.

Cambie las palabras (Esc las borra).</translation>
    </message>
    <message>
        <source>No partner matches the filter.

Change the words (Esc clears them) or tick “Show retired”.</source>
        <translation>Ningún socio coincide con el filtro.

Cambie las palabras (Esc las borra) o marque «Mostrar retirados».</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1: something went wrong</source>
        <translation>%1: algo ha fallado</translation>
    </message>
    <message>
        <source>RefDesk ran into a problem it did not expect (%1). What you saved is safe, and you can keep working; if it happens again, please send the report below to the people who make RefDesk.</source>
        <translation>RefDesk se encontró con un problema inesperado (%1). Lo que ha guardado está a salvo y puede seguir trabajando; si vuelve a ocurrir, envíe el informe de abajo a quienes desarrollan RefDesk.</translation>
    </message>
    <message>
        <source>&amp;Include the last %1 lines of the log</source>
        <translation>&amp;Incluir las últimas %1 líneas del registro</translation>
    </message>
    <message>
        <source>The log says what RefDesk did just before; it may name partners. Email addresses and phone numbers are hidden either way.</source>
        <translation>El registro dice qué hizo RefDesk justo antes; puede nombrar a socios. Las direcciones de correo y los teléfonos se ocultan en cualquier caso.</translation>
    </message>
    <message>
        <source>The report, exactly as it is copied or saved</source>
        <translation>El informe, tal como se copia o se guarda</translation>
    </message>
    <message>
        <source>This is exactly what is copied or saved: versions and where the problem happened. Email addresses, phone numbers and your home folder&apos;s name are hidden; nothing is sent by itself.</source>
        <translation>Esto es exactamente lo que se copia o se guarda: versiones y dónde ocurrió el problema. Las direcciones de correo, los teléfonos y el nombre de su carpeta personal se ocultan; no se envía nada por sí solo.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the report, to paste into an email (Alt+C)</source>
        <translation>Copiar el informe para pegarlo en un correo (Alt+C)</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Save the report as a text file (Alt+S)</source>
        <translation>Guardar el informe como archivo de texto (Alt+G)</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de &amp;registro</translation>
    </message>
    <message>
        <source>Open the folder that holds RefDesk&apos;s log files (Alt+L)</source>
        <translation>Abrir la carpeta con los archivos de registro de RefDesk (Alt+R)</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Seguir trabajando</translation>
    </message>
    <message>
        <source>Close this message and go on where you were (Esc)</source>
        <translation>Cerrar este mensaje y seguir donde estaba (Esc)</translation>
    </message>
    <message>
        <source>The report is on the clipboard: paste it into an email.</source>
        <translation>El informe está en el portapapeles: péguelo en un correo.</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Guardar el informe del problema</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved in %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Informe guardado: %1</translation>
    </message>
</context>
<context>
    <name>DamageBanner</name>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurar copia…</translation>
    </message>
    <message>
        <source>Replace the damaged database with the newest sound backup</source>
        <translation>Sustituir la base de datos dañada por la copia en buen estado más reciente</translation>
    </message>
    <message>
        <source>&amp;Salvage…</source>
        <translation>Re&amp;scatar…</translation>
    </message>
    <message>
        <source>Save what SQLite can still read of the damaged database into a new backup</source>
        <translation>Guardar en una copia nueva lo que SQLite aún puede leer de la base de datos dañada</translation>
    </message>
    <message>
        <source>Check &amp;database…</source>
        <translation>Comprobar la &amp;base de datos…</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full check and see what is wrong, in plain words</source>
        <translation>Ejecutar la comprobación completa de SQLite y ver qué falla, en palabras claras</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
    <message>
        <source>This database is damaged: SQLite&apos;s check found %1 in %2. RefDesk has opened it read-only, so nothing more is lost; changes cannot be saved until you restore a backup.</source>
        <translation>Esta base de datos está dañada: la comprobación de SQLite encontró %1 en %2. RefDesk la ha abierto en solo lectura para que no se pierda nada más; no se pueden guardar cambios hasta que restaure una copia.</translation>
    </message>
    <message>
        <source>The newest sound backup is from %1.</source>
        <translation>La copia en buen estado más reciente es del %1.</translation>
    </message>
    <message>
        <source>There is no sound backup to go back to.</source>
        <translation>No hay ninguna copia en buen estado a la que volver.</translation>
    </message>
    <message>
        <source>Salvage… saves what can still be read into a new backup.</source>
        <translation>Rescatar… guarda en una copia nueva lo que aún se puede leer.</translation>
    </message>
    <message>
        <source>Replace the damaged database with the backup from %1 (asks first)</source>
        <translation>Sustituir la base de datos dañada por la copia del %1 (pregunta antes)</translation>
    </message>
</context>
<context>
    <name>DecisionDelegate</name>
    <message>
        <source>Decision for row %1</source>
        <translation>Decisión para la fila %1</translation>
    </message>
</context>
<context>
    <name>DraftBox</name>
    <message>
        <source>Your mail program has the note to %1. Once you have sent it, mark it here (Ctrl+Z undoes it).</source>
        <translation>Su programa de correo tiene la nota para %1. Cuando la haya enviado, márquela aquí (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>Marcar como &amp;enviado</translation>
    </message>
    <message>
        <source>Mark &amp;written</source>
        <translation>Marcar como es&amp;crito</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Todavía no</translation>
    </message>
    <message>
        <source>Draft note</source>
        <translation>Borrador de la nota</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Which note to start from (edit the templates in Edit → Settings…)</source>
        <translation>De qué nota partir (edite las plantillas en Editar → Preferencias…)</translation>
    </message>
    <message>
        <source>The note with their name and the referral filled in: copy it into a card or an email</source>
        <translation>La nota con su nombre y la recomendación ya puestos: cópiela en una tarjeta o un correo</translation>
    </message>
    <message>
        <source>C&amp;opy note</source>
        <translation>C&amp;opiar nota</translation>
    </message>
    <message>
        <source>Copy the note to the clipboard, to paste into an email or a card</source>
        <translation>Copiar la nota al portapapeles para pegarla en un correo o una tarjeta</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>Co&amp;rreo…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>⚠ The “%1” template cannot be filled in: %2</source>
        <translation>⚠ La plantilla «%1» no se puede completar: %2</translation>
    </message>
    <message>
        <source>Open your mail program with the note to %1</source>
        <translation>Abrir su programa de correo con la nota para %1</translation>
    </message>
    <message>
        <source>No email address on file: add one to the partner to email the note</source>
        <translation>No hay dirección de correo: añada una al socio para enviar la nota por correo</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>An import found that %1 may be the same person as %2 (same name or phone number, but no email address in common). If they are, choose what to keep of each field and merge: every email address, phone number, meeting, check-in, referral and thank-you of both ends up on one partner. You can undo either choice (Ctrl+Z).</source>
        <translation>Una importación encontró que %1 puede ser la misma persona que %2 (mismo nombre o número de teléfono, pero ninguna dirección de correo en común). Si lo son, elija qué conservar de cada campo y fusiónelos: todas las direcciones de correo, números de teléfono, reuniones, consultas, recomendaciones y agradecimientos de ambos pasan a un solo socio. Puede deshacer cualquiera de las dos opciones (Ctrl+Z).</translation>
    </message>
    <message>
        <source>There first</source>
        <translation>Estaba antes</translation>
    </message>
    <message>
        <source>Possibly the same</source>
        <translation>Quizá la misma persona</translation>
    </message>
    <message>
        <source> (both kept)</source>
        <translation> (se conservan ambos)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Aquí no hay nada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation>Correos y teléfonos</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Merge %1 into %2, with the values chosen</source>
        <translation>Fusionar %1 con %2, con los valores elegidos</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;No es la misma persona</translation>
    </message>
    <message>
        <source>Keep both partners and stop listing them as possible duplicates</source>
        <translation>Conservar ambos socios y dejar de mostrarlos como posibles duplicados</translation>
    </message>
</context>
<context>
    <name>DuplicateModel</name>
    <message>
        <source>Import, mark as duplicate</source>
        <translation>Importar, marcar como duplicado</translation>
    </message>
    <message>
        <source>Import, a different person</source>
        <translation>Importar, es otra persona</translation>
    </message>
    <message>
        <source>Merge into that partner</source>
        <translation>Fusionar con ese socio</translation>
    </message>
    <message>
        <source>Don&apos;t import</source>
        <translation>No importar</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>The export failed: %1. Your data is unchanged.</source>
        <translation>La exportación falló: %1. Sus datos no han cambiado.</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exportar todos los datos</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <source>Exporting all data…</source>
        <translation>Exportando todos los datos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila exportada</numerusform>
            <numerusform>%Ln filas exportadas</numerusform>
        </translation>
    </message>
    <message>
        <source>All your data was exported to
%1

It holds one spreadsheet (CSV) file per table and one JSON file with everything (%2, %3).</source>
        <translation>Todos sus datos se exportaron a
%1

Contiene un archivo de hoja de cálculo (CSV) por tabla y un archivo JSON con todo (%2, %3).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln recomendación</numerusform>
            <numerusform>%Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln socio</numerusform>
            <numerusform>%Ln socios</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Custom dates…</source>
        <translation>Fechas propias…</translation>
    </message>
    <message>
        <source>Given and received</source>
        <translation>Dadas y recibidas</translation>
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
        <source>Direction filter</source>
        <translation>Filtro de dirección</translation>
    </message>
    <message>
        <source>Show referrals you gave, received, or both</source>
        <translation>Mostrar las recomendaciones que dio, las que recibió o ambas</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún abiertas</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Seguimiento pendiente</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Still open: passed, contacted or meeting. Follow-up due: check the connection now.</source>
        <translation>Aún abiertas: pasadas, contactadas o con reunión. Seguimiento pendiente: compruebe ahora el contacto.</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Cualquier socio</translation>
    </message>
    <message>
        <source>Partner filter</source>
        <translation>Filtro de socio</translation>
    </message>
    <message>
        <source>Only referrals with this partner (as partner or as prospect)</source>
        <translation>Solo recomendaciones con este socio (como socio o como cliente potencial)</translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation>Filtro de periodo</translation>
    </message>
    <message>
        <source>Only referrals dated in this period</source>
        <translation>Solo recomendaciones con fecha en este periodo</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Primer día mostrado</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Último día mostrado</translation>
    </message>
    <message>
        <source>Search prospect, partner, need, notes…  (Ctrl+F)</source>
        <translation>Buscar cliente potencial, socio, necesidad, notas…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search referrals</source>
        <translation>Buscar recomendaciones</translation>
    </message>
    <message>
        <source>Find referrals by prospect, partner, company, need, notes or feedback</source>
        <translation>Buscar recomendaciones por cliente potencial, socio, empresa, necesidad, notas o comentarios</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Show every referral again</source>
        <translation>Volver a mostrar todas las recomendaciones</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <source>Filter by name, company, category, email or tag (Ctrl+F)</source>
        <translation>Filtrar por nombre, empresa, categoría, correo o etiqueta (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter partners</source>
        <translation>Filtrar socios</translation>
    </message>
    <message>
        <source>Type part of a name, company, category, email address or tag; several words must all match. Esc clears.</source>
        <translation>Escriba parte de un nombre, empresa, categoría, dirección de correo o etiqueta; si escribe varias palabras, deben coincidir todas. Esc borra.</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filtro de etapa</translation>
    </message>
    <message>
        <source>Show only partners at one stage</source>
        <translation>Mostrar solo los socios de una etapa</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>Show only one category (profession)</source>
        <translation>Mostrar solo una categoría (profesión)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Show re&amp;tired</source>
        <translation>Mostrar re&amp;tirados</translation>
    </message>
    <message>
        <source>Also list partners you have retired</source>
        <translation>Mostrar también los socios que ha retirado</translation>
    </message>
    <message>
        <source>Show retired partners</source>
        <translation>Mostrar socios retirados</translation>
    </message>
    <message>
        <source>Show only possible duplicates</source>
        <translation>Mostrar solo posibles duplicados</translation>
    </message>
    <message>
        <source>Show only the partners an import found may be the same person as another (same name or phone number), beside that other one; select one and choose Compare… to merge them or keep both</source>
        <translation>Mostrar solo los socios que, según una importación, pueden ser la misma persona que otro (mismo nombre o número de teléfono), junto a ese otro; elija uno y luego Comparar… para fusionarlos o conservar ambos</translation>
    </message>
    <message>
        <source>Possible d&amp;uplicates (%1)</source>
        <translation>Posibles d&amp;uplicados (%1)</translation>
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
    <name>GuideDialog</name>
    <message>
        <source>%1 guide</source>
        <translation>Guía de %1</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Atrás</translation>
    </message>
    <message>
        <source>Go back to the page before (Alt+Left)</source>
        <translation>Volver a la página anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Forward →</source>
        <translation>A&amp;delante →</translation>
    </message>
    <message>
        <source>Go forward again (Alt+Right)</source>
        <translation>Avanzar de nuevo (Alt+Derecha)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>Í&amp;ndice</translation>
    </message>
    <message>
        <source>The guide&apos;s first page (Alt+Home)</source>
        <translation>La primera página de la guía (Alt+Inicio)</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Términos</translation>
    </message>
    <message>
        <source>Every word RefDesk uses, in plain words</source>
        <translation>Cada término que usa RefDesk, en palabras sencillas</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>RefDesk cannot show this database: parts of it cannot be read. Restore the newest sound backup with the button above (or from File → Backups…).</source>
        <translation>RefDesk no puede mostrar esta base de datos: hay partes que no se pueden leer. Restaure la copia en buen estado más reciente con el botón de arriba (o desde Archivo → Copias de seguridad…).</translation>
    </message>
    <message>
        <source>Database: %1 (damaged: read-only)</source>
        <translation>Base de datos: %1 (dañada: solo lectura)</translation>
    </message>
    <message>
        <source>Salvaging what can be read of %1…</source>
        <translation>Rescatando lo que se puede leer de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln socio</numerusform>
            <numerusform>%Ln socios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln recomendación</numerusform>
            <numerusform>%Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thank-you(s)</source>
        <translation>
            <numerusform>%Ln agradecimiento</numerusform>
            <numerusform>%Ln agradecimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvaged</source>
        <translation>Rescatada</translation>
    </message>
    <message>
        <source>SQLite salvaged %1 into the new backup %2 (in %3).

Open the backups to restore it?</source>
        <translation>SQLite rescató %1 en la copia nueva %2 (en %3).

¿Abrir las copias de seguridad para restaurarla?</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>Past imports</source>
        <translation>Importaciones anteriores</translation>
    </message>
    <message>
        <source>No imports yet. Use File → Import contacts… (Ctrl+I) to bring in contacts from Google, Outlook, LinkedIn, a spreadsheet or vCard.</source>
        <translation>Aún no hay importaciones. Use Archivo → Importar contactos… (Ctrl+I) para traer contactos de Google, Outlook, LinkedIn, una hoja de cálculo o una vCard.</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Deshacer importación…</translation>
    </message>
    <message>
        <source>Remove the partners the selected import created and revert what it filled in</source>
        <translation>Eliminar los socios que creó la importación seleccionada y revertir lo que completó</translation>
    </message>
    <message>
        <source>Undo the selected import</source>
        <translation>Deshacer la importación seleccionada</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>You can keep working; Cancel stops the import and leaves your partners as they were.</source>
        <translation>Puede seguir trabajando; Cancelar detiene la importación y deja sus socios como estaban.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Row messages (a row number is the line in the file):</source>
        <translation>Avisos por fila (el número de fila es la línea del archivo):</translation>
    </message>
    <message>
        <source>Row messages</source>
        <translation>Avisos por fila</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>Remove the partners this import created and revert what it filled in</source>
        <translation>Eliminar los socios que creó esta importación y revertir lo que completó</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %Ln row(s) read</source>
        <translation>
            <numerusform>Importando… %Ln fila leída</numerusform>
            <numerusform>Importando… %Ln filas leídas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Your partners list is up to date. Undo this import below if it is not what you wanted.</source>
        <translation>Su lista de socios está al día. Deshaga esta importación abajo si no es lo que quería.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new partner(s) created</source>
        <translation>
            <numerusform>%Ln socio nuevo creado</numerusform>
            <numerusform>%Ln socios nuevos creados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged into partners you had</source>
        <translation>
            <numerusform>%Ln fusionado con socios que ya tenía</numerusform>
            <numerusform>%Ln fusionados con socios que ya tenía</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>%Ln fila omitida</numerusform>
            <numerusform>%Ln filas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln marked as possible duplicate</source>
        <translation>
            <numerusform>%Ln marcado como posible duplicado</numerusform>
            <numerusform>%Ln marcados como posibles duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>(Partners → tick “Possible duplicates” to compare and merge them)</source>
        <translation>(Socios → marque «Posibles duplicados» para compararlos y fusionarlos)</translation>
    </message>
    <message>
        <source>From %1 (%2):</source>
        <translation>De %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped because:</source>
        <translation>Omitidas porque:</translation>
    </message>
    <message>
        <source>Nothing new was added: everything in this file is already in RefDesk.</source>
        <translation>No se añadió nada nuevo: todo lo de este archivo ya está en RefDesk.</translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation>Fila %1: </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Your partners are as they were.</source>
        <translation>Sus socios siguen como estaban.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported; your partners are as they were.</source>
        <translation>Se canceló la importación. No se importó nada; sus socios siguen como estaban.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The import stopped because of an unexpected problem (%1). Nothing was imported; details are in the log file.</source>
        <translation>La importación se detuvo por un problema inesperado (%1). No se importó nada; los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Imported %1. Ctrl+Z offers to undo the import.</source>
        <translation>%1 importado. Ctrl+Z ofrece deshacer la importación.</translation>
    </message>
</context>
<context>
    <name>LoadingPanel</name>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
</context>
<context>
    <name>MailPreview</name>
    <message>
        <source>Print mailing labels</source>
        <translation>Imprimir etiquetas de envío</translation>
    </message>
    <message>
        <source>Print envelopes</source>
        <translation>Imprimir sobres</translation>
    </message>
    <message>
        <source>Mailing labels</source>
        <translation>Etiquetas de envío</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Sobres</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Hoja de etiquetas</translation>
    </message>
    <message>
        <source>The sheet of labels in the printer</source>
        <translation>La hoja de etiquetas de la impresora</translation>
    </message>
    <message>
        <source>Avery L7160 (A4, 21 labels)</source>
        <translation>Avery L7160 (A4, 21 etiquetas)</translation>
    </message>
    <message>
        <source>Avery 5160 (Letter, 30 labels)</source>
        <translation>Avery 5160 (Carta, 30 etiquetas)</translation>
    </message>
    <message>
        <source>Envelope size</source>
        <translation>Tamaño del sobre</translation>
    </message>
    <message>
        <source>The envelopes in the printer</source>
        <translation>Los sobres de la impresora</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>S&amp;ize:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>No labels to print: none of the notes listed has a postal address on file. Add addresses to the partners (Edit on the Partners page), then print again.</source>
        <translation>No hay etiquetas que imprimir: ninguna de las notas listadas tiene dirección postal. Añada direcciones a los socios (Editar en la página Socios) y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>No envelopes to print: none of the notes listed has a postal address on file. Add addresses to the partners (Edit on the Partners page), then print again.</source>
        <translation>No hay sobres que imprimir: ninguna de las notas listadas tiene dirección postal. Añada direcciones a los socios (Editar en la página Socios) y vuelva a imprimir.</translation>
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
    <name>MappingModel</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation>Revise las columnas</translation>
    </message>
    <message>
        <source>RefDesk matched the file&apos;s columns by their names. Change any that went to the wrong place; columns set to “Don&apos;t import” are left out.</source>
        <translation>RefDesk asignó las columnas del archivo por sus nombres. Cambie las que hayan ido a un lugar equivocado; las columnas con «No importar» se dejan fuera.</translation>
    </message>
    <message>
        <source>What RefDesk found in the file</source>
        <translation>Lo que RefDesk encontró en el archivo</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Codificación de texto del archivo</translation>
    </message>
    <message>
        <source>RefDesk could not be sure which encoding this file is in: choose the one under which the names in the examples read right</source>
        <translation>RefDesk no pudo saber con certeza qué codificación tiene este archivo: elija aquella con la que los nombres de los ejemplos se leen bien</translation>
    </message>
    <message>
        <source>Enc&amp;oding (a guess: check the names):</source>
        <translation>&amp;Codificación (una suposición: revise los nombres):</translation>
    </message>
    <message>
        <source>Columns and where they go</source>
        <translation>Columnas y adónde van</translation>
    </message>
    <message>
        <source>Show &amp;empty columns</source>
        <translation>Mostrar columnas &amp;vacías</translation>
    </message>
    <message>
        <source>Also list the columns that have no values in the first rows</source>
        <translation>Mostrar también las columnas sin valores en las primeras filas</translation>
    </message>
    <message>
        <source>Show empty columns</source>
        <translation>Mostrar columnas vacías</translation>
    </message>
    <message>
        <source>Mapping status</source>
        <translation>Estado de la asignación</translation>
    </message>
    <message>
        <source>File: %1
Format: %2 · Encoding: %3
Contact cards are read field by field; there are no columns to match.</source>
        <translation>Archivo: %1
Formato: %2 · Codificación: %3
Las tarjetas de contacto se leen campo por campo; no hay columnas que asignar.</translation>
    </message>
    <message numerus="yes">
        <source>(the first %Ln line(s) before the column names are skipped)</source>
        <translation>
            <numerusform>(se omite la primera línea antes de los nombres de columna)</numerusform>
            <numerusform>(se omiten las primeras %Ln líneas antes de los nombres de columna)</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1
Format: %2 · Encoding: %3 · Separator: %4</source>
        <translation>Archivo: %1
Formato: %2 · Codificación: %3 · Separador: %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) will be imported.</source>
        <translation>
            <numerusform>Se importará %Ln columna.</numerusform>
            <numerusform>Se importarán %Ln columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one column holding a name, a business or an email address.</source>
        <translation>Elija al menos una columna con un nombre, una empresa o una dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting with %1</source>
        <translation>Reunión con %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>When you met or talked</source>
        <translation>Cuándo se reunieron o hablaron</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Tipo de reunión</translation>
    </message>
    <message>
        <source>One-to-one, coffee, joint client meeting, call or event</source>
        <translation>Reunión individual, café, reunión conjunta con cliente, llamada o evento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>e.g. Send them two introductions</source>
        <translation>p. ej. Presentarle a dos personas</translation>
    </message>
    <message>
        <source>What you agreed to do next</source>
        <translation>Lo que acordaron hacer a continuación</translation>
    </message>
    <message>
        <source>&amp;by</source>
        <translation>&amp;antes del</translation>
    </message>
    <message>
        <source>Next step has a date</source>
        <translation>El próximo paso tiene fecha</translation>
    </message>
    <message>
        <source>Tick to give the next step a date</source>
        <translation>Márquelo para dar una fecha al próximo paso</translation>
    </message>
    <message>
        <source>Next step date</source>
        <translation>Fecha del próximo paso</translation>
    </message>
    <message>
        <source>When the next step is due</source>
        <translation>Cuándo vence el próximo paso</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>What you talked about; after a joint client meeting, how it went and what to do better.</source>
        <translation>De qué hablaron; tras una reunión conjunta con cliente, cómo fue y qué mejorar.</translation>
    </message>
    <message>
        <source>Next &amp;step</source>
        <translation>&amp;Próximo paso</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>Fusionar socios</translation>
    </message>
    <message>
        <source>Keep %1 and merge a duplicate into it. Every email, phone, meeting, check-in, referral and thank-you of the duplicate moves over; empty details are filled in and notes are joined. Then the duplicate is removed. You can undo this (Ctrl+Z).</source>
        <translation>Conservar a %1 y fusionar con él un duplicado. Todos los correos, teléfonos, reuniones, consultas, recomendaciones y agradecimientos del duplicado pasan a este socio; los datos vacíos se completan y las notas se unen. Después se quita el duplicado. Puede deshacerlo (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Type to find the duplicate: name, company, email…</source>
        <translation>Escriba para encontrar el duplicado: nombre, empresa, correo…</translation>
    </message>
    <message>
        <source>Find the duplicate</source>
        <translation>Encontrar el duplicado</translation>
    </message>
    <message>
        <source>Partners to merge</source>
        <translation>Socios que fusionar</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Choose the duplicate to merge (type part of its name above).</source>
        <translation>Elija el duplicado que fusionar (escriba arriba parte de su nombre).</translation>
    </message>
</context>
<context>
    <name>MissingAddresses</name>
    <message numerus="yes">
        <source>%n note(s) has no postal address on file, so it will get no label:</source>
        <translation>
            <numerusform>%n nota no tiene dirección postal, así que no tendrá etiqueta:</numerusform>
            <numerusform>%n notas no tienen dirección postal, así que no tendrán etiqueta:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) has no postal address on file, so it will get no envelope:</source>
        <translation>
            <numerusform>%n nota no tiene dirección postal, así que no tendrá sobre:</numerusform>
            <numerusform>%n notas no tienen dirección postal, así que no tendrán sobre:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) has no postal address on file, so it will be listed without one:</source>
        <translation>
            <numerusform>%n nota no tiene dirección postal, así que aparecerá sin ella:</numerusform>
            <numerusform>%n notas no tienen dirección postal, así que aparecerán sin ella:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>&amp;Add address…</source>
        <translation>&amp;Añadir dirección…</translation>
    </message>
    <message>
        <source>&amp;Print anyway</source>
        <translation>&amp;Imprimir igualmente</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
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
    <name>OutcomeModel</name>
    <message>
        <source>New partner</source>
        <translation>Socio nuevo</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>%1 (tidied, the name would be “%2”)</source>
        <translation>%1 (normalizado, el nombre sería «%2»)</translation>
    </message>
    <message>
        <source>Tidied: “%1”</source>
        <translation>Normalizado: «%1»</translation>
    </message>
</context>
<context>
    <name>PartnerDetail</name>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Ideal referral for them</source>
        <translation>Recomendación ideal</translation>
    </message>
    <message>
        <source>What to tell people about them</source>
        <translation>Qué contar de él</translation>
    </message>
    <message>
        <source>What they want from me</source>
        <translation>Qué quiere de mí</translation>
    </message>
    <message>
        <source>What I want from them</source>
        <translation>Qué quiero de él</translation>
    </message>
    <message>
        <source>My experience of their service</source>
        <translation>Mi experiencia con él</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>⚑ Check-in due: you have not asked them yet where you stand.</source>
        <translation>⚑ Consulta pendiente: todavía no le ha preguntado en qué punto están.</translation>
    </message>
    <message>
        <source>⚑ Check-in due: the last one was %1, more than %2 days ago.</source>
        <translation>⚑ Consulta pendiente: la última fue %1, hace más de %2 días.</translation>
    </message>
    <message>
        <source>Last check-in %1.</source>
        <translation>Última consulta %1.</translation>
    </message>
    <message>
        <source>Partner name</source>
        <translation>Nombre del socio</translation>
    </message>
    <message>
        <source>Company, category and stage</source>
        <translation>Empresa, categoría y etapa</translation>
    </message>
    <message>
        <source>Standing check-in</source>
        <translation>Consulta de relación</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Datos del socio</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Antes del</translation>
    </message>
    <message>
        <source>Standing check-ins</source>
        <translation>Consultas de relación</translation>
    </message>
    <message>
        <source>Willingness</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Referrals with this partner</source>
        <translation>Recomendaciones con este socio</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Prospect / from</source>
        <translation>Cliente potencial / de</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Referrals with this partner, both ways, and where they were the prospect. Press Enter or double-click one to open it on the Referrals page.</source>
        <translation>Recomendaciones con este socio, en ambos sentidos, y aquellas en las que fue el cliente potencial. Pulse Intro o haga doble clic en una para abrirla en la página Recomendaciones.</translation>
    </message>
    <message>
        <source>Select a partner on the left to see their profile, meetings, check-ins and referrals.</source>
        <translation>Elija un socio a la izquierda para ver su perfil, reuniones, consultas y recomendaciones.</translation>
    </message>
    <message>
        <source>&amp;Meetings (%1)</source>
        <translation>Reu&amp;niones (%1)</translation>
    </message>
    <message>
        <source>&amp;Standing</source>
        <translation>Relac&amp;ión</translation>
    </message>
    <message>
        <source>R&amp;eferrals (%1)</source>
        <translation>Recomen&amp;daciones (%1)</translation>
    </message>
    <message>
        <source>A check-in is due</source>
        <translation>Hay una consulta pendiente</translation>
    </message>
    <message>
        <source>Where you stand with them</source>
        <translation>En qué punto está con el socio</translation>
    </message>
    <message>
        <source>Retired: %1</source>
        <translation>Retirado: %1</translation>
    </message>
    <message>
        <source>They were the prospect</source>
        <translation>Fue el cliente potencial</translation>
    </message>
    <message>
        <source>You gave</source>
        <translation>Dada por usted</translation>
    </message>
    <message>
        <source>You received</source>
        <translation>Recibida por usted</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Ask them: “What would be a good referral for you?” Write down who, and in what situation.</source>
        <translation>Pregúntele: «¿Qué sería una buena recomendación para usted?». Anote quién y en qué situación.</translation>
    </message>
    <message>
        <source>Ask them: “What do you want me to tell people about you?” Their words, so you can repeat them.</source>
        <translation>Pregúntele: «¿Qué quiere que cuente de usted a la gente?». Con sus palabras, para poder repetirlas.</translation>
    </message>
    <message>
        <source>What they hope to get from you: introductions, mentions, feedback…</source>
        <translation>Lo que espera recibir de usted: presentaciones, menciones, comentarios…</translation>
    </message>
    <message>
        <source>What you would like from them: the kind of clients, a testimonial, a joint event…</source>
        <translation>Lo que le gustaría recibir de él: el tipo de clientes, un testimonio, un evento conjunto…</translation>
    </message>
    <message>
        <source>Have you used their service yourself, or heard from clients you sent? A personal story makes your referral believable.</source>
        <translation>¿Ha usado usted mismo su servicio o sabe algo por clientes que le envió? Una historia personal hace creíble su recomendación.</translation>
    </message>
    <message>
        <source>Words to find them by, separated by commas (e.g. chamber, golf, BNI).</source>
        <translation>Palabras para encontrarlo, separadas por comas (p. ej. cámara, golf, BNI).</translation>
    </message>
    <message>
        <source>Anything else worth remembering.</source>
        <translation>Cualquier otra cosa que valga la pena recordar.</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Editar socio</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nuevo socio</translation>
    </message>
    <message>
        <source>e.g. Hannah Goldberg</source>
        <translation>p. ej. Ana Goldberg</translation>
    </message>
    <message>
        <source>Their profession, e.g. Realtor</source>
        <translation>Su profesión, p. ej. agente inmobiliario</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Why, e.g. moved away, clients had a bad experience</source>
        <translation>Por qué, p. ej. se mudó, los clientes tuvieron una mala experiencia</translation>
    </message>
    <message>
        <source>Retired &amp;because</source>
        <translation>Retirado por&amp;que</translation>
    </message>
    <message>
        <source>Stay in touch e&amp;very</source>
        <translation>Contactar ca&amp;da</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <source>Add &amp;email</source>
        <translation>Añadir c&amp;orreo</translation>
    </message>
    <message>
        <source>as you would dial it</source>
        <translation>tal como lo marcaría</translation>
    </message>
    <message>
        <source>Add p&amp;hone</source>
        <translation>Añadir &amp;teléfono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>Com&amp;pany</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Cate&amp;goría</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>Eta&amp;pa</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Direcc&amp;ión</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Etiq&amp;uetas</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Nota&amp;s</translation>
    </message>
    <message>
        <source>Ideal referral for them</source>
        <translation>Recomendación ideal para el socio</translation>
    </message>
    <message>
        <source>What to tell people about them</source>
        <translation>Qué contar de él a la gente</translation>
    </message>
    <message>
        <source>What they want from me</source>
        <translation>Qué quiere de mí</translation>
    </message>
    <message>
        <source>What I want from them</source>
        <translation>Qué quiero de él</translation>
    </message>
    <message>
        <source>My experience of their service</source>
        <translation>Mi experiencia con su servicio</translation>
    </message>
    <message>
        <source>&amp;Ideal referral for them</source>
        <translation>Recomendación &amp;ideal</translation>
    </message>
    <message>
        <source>What to te&amp;ll people</source>
        <translation>Qué con&amp;tar de él</translation>
    </message>
    <message>
        <source>What they want from &amp;me</source>
        <translation>Qué &amp;quiere de mí</translation>
    </message>
    <message>
        <source>What I want &amp;from them</source>
        <translation>Qué quiero &amp;de él</translation>
    </message>
    <message>
        <source>My e&amp;xperience of them</source>
        <translation>Mi e&amp;xperiencia con él</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>&amp;Referral practice</source>
        <translation>Práctica de &amp;recomendación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The partner&apos;s name (required)</source>
        <translation>El nombre del socio (obligatorio)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Their business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Their profession: one you used before, or type a new one</source>
        <translation>Su profesión: una que ya usó, o escriba una nueva</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Their website address</source>
        <translation>La dirección de su sitio web</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Reason for retiring</source>
        <translation>Motivo de la retirada</translation>
    </message>
    <message>
        <source>Why they are no longer a partner</source>
        <translation>Por qué ya no es socio</translation>
    </message>
    <message>
        <source>Stay in touch every N weeks</source>
        <translation>Contactar cada N semanas</translation>
    </message>
    <message>
        <source>How often you want to be in touch with them, in weeks (%1 to %2); empty: their stage&apos;s (set in Edit → Settings…). A meeting, a referral either way, a check-in or a thank-you sent starts it again.</source>
        <translation>Cada cuánto quiere estar en contacto con el socio, en semanas (de %1 a %2); vacío: la frecuencia de su etapa (en Editar → Preferencias…). Una reunión, una recomendación en cualquier sentido, una consulta o un agradecimiento enviado la reinician.</translation>
    </message>
    <message>
        <source>Their postal address, for thank-you cards</source>
        <translation>Su dirección postal, para las tarjetas de agradecimiento</translation>
    </message>
    <message>
        <source>Partner details</source>
        <translation>Datos del socio</translation>
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
    <name>PartnerTableModel</name>
    <message>
        <source>You gave %1, you received %2: balance %3.</source>
        <translation>Dadas: %1, recibidas: %2, saldo: %3.</translation>
    </message>
    <message>
        <source>Retired: shown only while “Show retired” is ticked</source>
        <translation>Retirado: solo se muestra mientras «Mostrar retirados» está marcado</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Number of partners shown</source>
        <translation>Número de socios mostrados</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>No partners</source>
        <translation>Ningún socio</translation>
    </message>
    <message>
        <source>That partner no longer exists.</source>
        <translation>Ese socio ya no existe.</translation>
    </message>
    <message>
        <source>That partner (or entry) no longer exists; the list has been reloaded.</source>
        <translation>Ese socio (o entrada) ya no existe; se ha vuelto a cargar la lista.</translation>
    </message>
    <message>
        <source>%1 did not work: %2</source>
        <translation>%1 no ha funcionado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln recomendación</numerusform>
            <numerusform>%Ln recomendaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>What the import will do. Nothing has been written yet.</source>
        <translation>Lo que hará la importación. Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Preview tables</source>
        <translation>Tablas de vista previa</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Primeras filas</translation>
    </message>
    <message>
        <source>When a matched partner already has a different business, title, website, address or notes, &amp;use the file&apos;s value</source>
        <translation>Si un socio encontrado ya tiene otra empresa, cargo, sitio web, dirección o notas, &amp;usar el valor del archivo</translation>
    </message>
    <message>
        <source>Off: RefDesk keeps what it has and only fills empty fields</source>
        <translation>Desactivado: RefDesk conserva lo que tiene y solo rellena los campos vacíos</translation>
    </message>
    <message>
        <source>Use the file&apos;s values for matched partners</source>
        <translation>Usar los valores del archivo para los socios encontrados</translation>
    </message>
    <message>
        <source>&amp;Tidy names: “OKAFOR, AMARA” and “amara okafor” become “Amara Okafor”</source>
        <translation>&amp;Normalizar nombres: «OKAFOR, AMARA» y «amara okafor» pasan a ser «Amara Okafor»</translation>
    </message>
    <message>
        <source>Off: every name is stored as the file writes it (only extra spaces removed); the rows below say what tidying would change. On: names in capitals or lower case are re-cased, “Last, First” is turned round, Mr/Mrs/Ms are dropped</source>
        <translation>Desactivado: cada nombre se guarda tal como lo escribe el archivo (solo se quitan los espacios de más); las filas de abajo indican qué cambiaría la normalización. Activado: los nombres en mayúsculas o minúsculas se corrigen, «Apellido, Nombre» se invierte y se quitan Sr./Sra.</translation>
    </message>
    <message>
        <source>Tidy names</source>
        <translation>Normalizar nombres</translation>
    </message>
    <message>
        <source>Read that &amp;quotation mark as a plain character and check again</source>
        <translation>Leer esas co&amp;millas como un carácter normal y volver a comprobar</translation>
    </message>
    <message>
        <source>The row with the stray quotation mark comes in with the mark as part of its text; every row after it comes in on its own</source>
        <translation>La fila con las comillas sueltas entra con ellas como parte de su texto; cada fila posterior entra por separado</translation>
    </message>
    <message>
        <source>Read stray quotation marks as plain characters</source>
        <translation>Leer las comillas sueltas como caracteres normales</translation>
    </message>
    <message numerus="yes">
        <source>Checking the file… %Ln row(s) read</source>
        <translation>
            <numerusform>Comprobando el archivo… %Ln fila leída</numerusform>
            <numerusform>Comprobando el archivo… %Ln filas leídas</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>Posibles duplicados (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new partner(s)</source>
        <translation>
            <numerusform>%Ln socio nuevo</numerusform>
            <numerusform>%Ln socios nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged into partners you have (same email address)</source>
        <translation>
            <numerusform>%Ln fusionado con socios que ya tiene (misma dirección de correo)</numerusform>
            <numerusform>%Ln fusionados con socios que ya tiene (misma dirección de correo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln omitida</numerusform>
            <numerusform>%Ln omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln posible duplicado</numerusform>
            <numerusform>%Ln posibles duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row message(s) will be listed after the import.</source>
        <translation>
            <numerusform>Tras la importación se mostrará %Ln aviso por fila.</numerusform>
            <numerusform>Tras la importación se mostrarán %Ln avisos por fila.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been imported. Go back to choose another file.</source>
        <translation>No se ha importado nada. Vuelva atrás para elegir otro archivo.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>The PDF could not be saved to %1: %2.</source>
        <translation>No se pudo guardar el PDF en %1: %2.</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Send these pages to a printer (Ctrl+P)</source>
        <translation>Enviar estas páginas a una impresora (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save these pages as a PDF file (Ctrl+Shift+S)</source>
        <translation>Guardar estas páginas como archivo PDF (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the preview (Esc)</source>
        <translation>Cerrar la vista previa (Esc)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Archivo PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>QuickActions</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected referral: status, value, outcome</source>
        <translation>Editar la recomendación elegida: estado, valor, resultado</translation>
    </message>
    <message>
        <source>Connection &amp;confirmed</source>
        <translation>Contacto &amp;confirmado</translation>
    </message>
    <message>
        <source>Both parties have talked: the follow-up is done</source>
        <translation>Ambas partes han hablado: el seguimiento está hecho</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected referral and its unsent thank-yous</source>
        <translation>Eliminar la recomendación elegida y sus agradecimientos no enviados</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Cambiar &amp;estado</translation>
    </message>
    <message>
        <source>Set &amp;outcome</source>
        <translation>Cambiar &amp;resultado</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>Partner &amp;told</source>
        <translation>Socio &amp;informado</translation>
    </message>
    <message>
        <source>You have let the partner know how it went (again to undo)</source>
        <translation>Ha contado al socio cómo fue (otra vez para deshacer)</translation>
    </message>
    <message>
        <source>The &amp;partner thanked me</source>
        <translation>El &amp;socio me dio las gracias</translation>
    </message>
    <message>
        <source>The partner thanked you for this referral (today; again to undo)</source>
        <translation>El socio le dio las gracias por esta recomendación (hoy; otra vez para deshacer)</translation>
    </message>
    <message>
        <source>The p&amp;rospect thanked me</source>
        <translation>El &amp;cliente potencial me dio las gracias</translation>
    </message>
    <message>
        <source>The prospect thanked you for this referral (today; again to undo)</source>
        <translation>El cliente potencial le dio las gracias por esta recomendación (hoy; otra vez para deshacer)</translation>
    </message>
    <message>
        <source>&amp;Thanked me</source>
        <translation>Me dio las &amp;gracias</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Move the selected referral along: passed → contacted → meeting → won / lost</source>
        <translation>Hacer avanzar la recomendación elegida: pasada → contactada → reunión → ganada / perdida</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>How the referral went: good, neutral or bad. A bad outcome adds a follow-up tomorrow to find out what went wrong.</source>
        <translation>Cómo fue la recomendación: buena, neutral o mala. Un resultado malo añade un seguimiento mañana para averiguar qué falló.</translation>
    </message>
    <message>
        <source>Set outcome</source>
        <translation>Cambiar resultado</translation>
    </message>
    <message>
        <source>Thanked me</source>
        <translation>Me dio las gracias</translation>
    </message>
    <message>
        <source>On a referral you gave: the partner thanked you (Ctrl+H), the prospect thanked you (Ctrl+Shift+H)</source>
        <translation>En una recomendación que dio: el socio le dio las gracias (Ctrl+H), el cliente potencial le dio las gracias (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Connection confirmed</source>
        <translation>Contacto confirmado</translation>
    </message>
    <message>
        <source>Follow-up done: connection confirmed. Undo with Ctrl+Z.</source>
        <translation>Seguimiento hecho: contacto confirmado. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Referral lost</source>
        <translation>Recomendación perdida</translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation>¿Por qué se perdió?</translation>
    </message>
    <message>
        <source>Referral: no connection</source>
        <translation>Recomendación: sin contacto</translation>
    </message>
    <message>
        <source>Why was it never connected?</source>
        <translation>¿Por qué nunca hubo contacto?</translation>
    </message>
    <message>
        <source>Set status: %1</source>
        <translation>Cambiar estado: %1</translation>
    </message>
    <message>
        <source>Marked as won: a “closed business” thank-you was added. Undo with Ctrl+Z.</source>
        <translation>Marcada como ganada: se añadió un agradecimiento por «negocio cerrado». Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Referral went badly</source>
        <translation>La recomendación salió mal</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>¿Qué salió mal?</translation>
    </message>
    <message>
        <source>Outcome: bad. A follow-up tomorrow: find out what went wrong. Undo with Ctrl+Z.</source>
        <translation>Resultado: malo. Seguimiento mañana: averigüe qué falló. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Outcome: %1. Undo with Ctrl+Z.</source>
        <translation>Resultado: %1. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Set outcome: %1</source>
        <translation>Cambiar resultado: %1</translation>
    </message>
    <message>
        <source>Noted: %1 knows how it went. Undo with Ctrl+Z.</source>
        <translation>Anotado: %1 sabe cómo fue. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>%1: not told yet. Undo with Ctrl+Z.</source>
        <translation>%1: aún sin informar. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Partner told</source>
        <translation>Socio informado</translation>
    </message>
    <message>
        <source>Partner not told</source>
        <translation>Socio no informado</translation>
    </message>
    <message>
        <source>Noted: %1 thanked you. Undo with Ctrl+Z.</source>
        <translation>Anotado: %1 le dio las gracias. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>%1: not thanked you yet. Undo with Ctrl+Z.</source>
        <translation>%1: aún no le ha dado las gracias. Deshacer con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Partner thanked me</source>
        <translation>El socio me dio las gracias</translation>
    </message>
    <message>
        <source>Prospect thanked me</source>
        <translation>El cliente potencial me dio las gracias</translation>
    </message>
    <message>
        <source>Delete the referral to %1 (%2, %3)?</source>
        <translation>¿Eliminar la recomendación a %1 (%2, %3)?</translation>
    </message>
    <message>
        <source>Delete the referral from %1 (%2, %3)?</source>
        <translation>¿Eliminar la recomendación de %1 (%2, %3)?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n unsent thank-you(s) will be removed too.</source>
        <translation>
            <numerusform>Su agradecimiento no enviado también se eliminará.</numerusform>
            <numerusform>Sus %n agradecimientos no enviados también se eliminarán.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete referral</source>
        <translation>Eliminar recomendación</translation>
    </message>
    <message>
        <source>Referral deleted. Undo with Ctrl+Z.</source>
        <translation>Recomendación eliminada. Deshacer con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Save (Enter)</source>
        <translation>Guardar (Intro)</translation>
    </message>
    <message>
        <source>Leave the referral as it was (Esc)</source>
        <translation>Dejar la recomendación como estaba (Esc)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. they chose a cheaper quote; the timing was wrong</source>
        <translation>p. ej., eligieron un presupuesto más barato; no era el momento</translation>
    </message>
    <message>
        <source>Kept as the referral&apos;s outcome feedback (empty: not known)</source>
        <translation>Se guarda como comentario sobre el resultado de la recomendación (vacío: no se sabe)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Edit referral</source>
        <translation>Editar recomendación</translation>
    </message>
    <message>
        <source>Log referral</source>
        <translation>Registrar recomendación</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Fecha de la recomendación</translation>
    </message>
    <message>
        <source>When you gave or received the referral</source>
        <translation>Cuándo dio o recibió la recomendación</translation>
    </message>
    <message>
        <source>I &amp;gave it to a partner</source>
        <translation>Se la &amp;di a un socio</translation>
    </message>
    <message>
        <source>I r&amp;eceived it from a partner</source>
        <translation>La r&amp;ecibí de un socio</translation>
    </message>
    <message>
        <source>You sent work to the partner</source>
        <translation>Le envió trabajo al socio</translation>
    </message>
    <message>
        <source>The partner sent work to you (a thank-you will be owed)</source>
        <translation>El socio le envió trabajo (deberá un agradecimiento)</translation>
    </message>
    <message>
        <source>Type a partner&apos;s name…</source>
        <translation>Escriba el nombre de un socio…</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Start typing a name or company; a new name adds a new partner when you save</source>
        <translation>Empiece a escribir un nombre o una empresa; un nombre nuevo añade un socio nuevo al guardar</translation>
    </message>
    <message>
        <source>The prospect is one of &amp;my partners</source>
        <translation>El cliente potencial es uno de &amp;mis socios</translation>
    </message>
    <message>
        <source>The prospect is one of my partners</source>
        <translation>El cliente potencial es uno de mis socios</translation>
    </message>
    <message>
        <source>Tick when you connected two of your partners with each other</source>
        <translation>Marque si puso en contacto a dos de sus socios</translation>
    </message>
    <message>
        <source>“I introduced A to B”</source>
        <translation>«Presenté a A y B»</translation>
    </message>
    <message>
        <source>Type the partner you introduced…</source>
        <translation>Escriba el socio que presentó…</translation>
    </message>
    <message>
        <source>Prospect partner</source>
        <translation>Socio presentado</translation>
    </message>
    <message>
        <source>The partner you introduced (type part of the name)</source>
        <translation>El socio que presentó (escriba parte del nombre)</translation>
    </message>
    <message>
        <source>Who was referred</source>
        <translation>A quién se recomendó</translation>
    </message>
    <message>
        <source>Prospect name</source>
        <translation>Nombre del cliente potencial</translation>
    </message>
    <message>
        <source>The person or business that was referred</source>
        <translation>La persona o empresa recomendada</translation>
    </message>
    <message>
        <source>Phone or email</source>
        <translation>Teléfono o correo</translation>
    </message>
    <message>
        <source>Prospect contact details</source>
        <translation>Datos de contacto del cliente potencial</translation>
    </message>
    <message>
        <source>How to reach the prospect</source>
        <translation>Cómo localizar al cliente potencial</translation>
    </message>
    <message>
        <source>What they need, e.g. an office move in May</source>
        <translation>p. ej., una mudanza de oficina en mayo</translation>
    </message>
    <message>
        <source>What the prospect needs</source>
        <translation>Qué necesita el cliente potencial</translation>
    </message>
    <message>
        <source>What the prospect needs, in a few words</source>
        <translation>Qué necesita el cliente potencial, en pocas palabras</translation>
    </message>
    <message>
        <source>&amp;Recommendation</source>
        <translation>&amp;Recomendación</translation>
    </message>
    <message>
        <source>&amp;Introduction</source>
        <translation>&amp;Presentación</translation>
    </message>
    <message>
        <source>Who makes first contact</source>
        <translation>Quién hace el primer contacto</translation>
    </message>
    <message>
        <source>It works best when the partner makes the first call</source>
        <translation>Funciona mejor cuando el socio hace la primera llamada</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>When to check with both parties that the connection was made (default: two days)</source>
        <translation>Cuándo comprobar con ambas partes que hubo contacto (por defecto: dos días)</translation>
    </message>
    <message>
        <source>Connection &amp;confirmed</source>
        <translation>Contacto confirm&amp;ado</translation>
    </message>
    <message>
        <source>Tick when both parties have confirmed they talked: the follow-up is done</source>
        <translation>Marque cuando ambas partes confirmen que hablaron: el seguimiento está hecho</translation>
    </message>
    <message>
        <source>Connection confirmed</source>
        <translation>Contacto confirmado</translation>
    </message>
    <message>
        <source>Follow-up state</source>
        <translation>Estado del seguimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything worth remembering (Tab leaves the box, Ctrl+Enter saves)</source>
        <translation>Todo lo que valga la pena recordar (Tab sale del cuadro, Ctrl+Intro guarda)</translation>
    </message>
    <message>
        <source>Anything worth remembering</source>
        <translation>Todo lo que valga la pena recordar</translation>
    </message>
    <message>
        <source>The referral</source>
        <translation>La recomendación</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Soc&amp;io:</translation>
    </message>
    <message>
        <source>Prospec&amp;t:</source>
        <translation>Clien&amp;te potencial:</translation>
    </message>
    <message>
        <source>P&amp;hone or email:</source>
        <translation>Te&amp;léfono o correo:</translation>
    </message>
    <message>
        <source>What they &amp;want:</source>
        <translation>&amp;Qué necesita:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>&amp;First contact by:</source>
        <translation>Primer &amp;contacto por:</translation>
    </message>
    <message>
        <source>Follow &amp;up on:</source>
        <translation>Seg&amp;uimiento el:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>p. ej., 1200</translation>
    </message>
    <message>
        <source>Closed value</source>
        <translation>Valor cerrado</translation>
    </message>
    <message>
        <source>The value of the business the referral brought</source>
        <translation>El valor del negocio que trajo la recomendación</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Three-letter currency code (the default is in the settings)</source>
        <translation>Código de moneda de tres letras (el predeterminado está en la configuración)</translation>
    </message>
    <message>
        <source>Closed date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>When the business was won (set automatically when the status becomes Won)</source>
        <translation>Cuándo se ganó el negocio (se pone solo al pasar el estado a Ganada)</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Sin cerrar</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>A bad outcome adds a follow-up tomorrow to find out what went wrong</source>
        <translation>Un resultado malo añade un seguimiento mañana para averiguar qué falló</translation>
    </message>
    <message>
        <source>Outcome feedback</source>
        <translation>Comentarios sobre el resultado</translation>
    </message>
    <message>
        <source>What the prospect or partner said about how it went</source>
        <translation>Lo que dijeron el cliente potencial o el socio sobre cómo fue</translation>
    </message>
    <message>
        <source>What the prospect or partner said</source>
        <translation>Lo que dijeron el cliente potencial o el socio</translation>
    </message>
    <message>
        <source>Partner to&amp;ld of the outcome</source>
        <translation>&amp;Ya informé al socio del resultado</translation>
    </message>
    <message>
        <source>Partner told of the outcome</source>
        <translation>Socio informado del resultado</translation>
    </message>
    <message>
        <source>Tick when you have let the partner know how it went</source>
        <translation>Marque cuando haya contado al socio cómo fue</translation>
    </message>
    <message>
        <source>Partner thanked me on</source>
        <translation>El socio me dio las gracias el</translation>
    </message>
    <message>
        <source>The day the partner thanked you for this referral (empty: not yet)</source>
        <translation>El día en que el socio le dio las gracias por esta recomendación (vacío: aún no)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Prospect thanked me on</source>
        <translation>El cliente potencial me dio las gracias el</translation>
    </message>
    <message>
        <source>The day the prospect thanked you for this referral (empty: not yet)</source>
        <translation>El día en que el cliente potencial le dio las gracias por esta recomendación (vacío: aún no)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Closed &amp;value:</source>
        <translation>&amp;Valor cerrado:</translation>
    </message>
    <message>
        <source>Closed d&amp;ate:</source>
        <translation>Fec&amp;ha de cierre:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Resultad&amp;o:</translation>
    </message>
    <message>
        <source>Feed&amp;back:</source>
        <translation>O&amp;bservaciones:</translation>
    </message>
    <message>
        <source>Than&amp;ked by partner:</source>
        <translation>&amp;Gracias del socio:</translation>
    </message>
    <message>
        <source>Thanked b&amp;y prospect:</source>
        <translation>Gracias del cliente potencial:</translation>
    </message>
    <message>
        <source>A received referral adds a thank-you to write. Won business you received adds a second one, with its value.</source>
        <translation>Una recomendación recibida añade un agradecimiento por escribir. Un negocio ganado que recibió añade un segundo, con su valor.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save referral</source>
        <translation>Guardar recomendación</translation>
    </message>
    <message>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>Guardar (Intro o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>“%1” is not one of your partners yet: it will be added as a new partner when you save.</source>
        <translation>«%1» aún no es uno de sus socios: se añadirá como socio nuevo al guardar.</translation>
    </message>
    <message>
        <source>The referral is at “%1”: there is no connection left to check.</source>
        <translation>La recomendación está en «%1»: no queda ningún contacto por comprobar.</translation>
    </message>
    <message>
        <source>A bad outcome: find out what went wrong on the follow-up date.</source>
        <translation>Un resultado malo: averigüe qué falló en la fecha de seguimiento.</translation>
    </message>
    <message>
        <source>The follow-up as the referral list shows it</source>
        <translation>El seguimiento tal como lo muestra la lista de recomendaciones</translation>
    </message>
    <message>
        <source>The value of the business won</source>
        <translation>El valor del negocio ganado</translation>
    </message>
    <message>
        <source>Why did it not work out?</source>
        <translation>¿Por qué no salió bien?</translation>
    </message>
    <message>
        <source>What went wrong?</source>
        <translation>¿Qué salió mal?</translation>
    </message>
    <message>
        <source>Choose the partner you introduced from the list, or untick “The prospect is one of my partners”.</source>
        <translation>Elija de la lista el socio que presentó, o desmarque «El cliente potencial es uno de mis socios».</translation>
    </message>
    <message>
        <source>That referral no longer exists.</source>
        <translation>Esa recomendación ya no existe.</translation>
    </message>
    <message>
        <source>Referral saved: %1. Undo with Ctrl+Z.</source>
        <translation>Recomendación guardada: %1. Deshacer con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Partner told</source>
        <translation>Socio informado</translation>
    </message>
    <message>
        <source>%1 · partner told</source>
        <translation>%1 · socio informado</translation>
    </message>
    <message>
        <source> (partner)</source>
        <translation> (socio)</translation>
    </message>
    <message>
        <source>Find out what went wrong (bad outcome): due %1. Mark it done with “Connection confirmed” (Ctrl+K).</source>
        <translation>Averiguar qué falló (resultado malo): vence %1. Márquelo como hecho con «Contacto confirmado» (Ctrl+K).</translation>
    </message>
    <message>
        <source>Check with both parties that the connection was made: due %1. Mark it done with “Connection confirmed” (Ctrl+K).</source>
        <translation>Comprobar con ambas partes que hubo contacto: vence %1. Márquelo como hecho con «Contacto confirmado» (Ctrl+K).</translation>
    </message>
    <message>
        <source>%1
Needs: %2</source>
        <translation>%1
Necesita: %2</translation>
    </message>
    <message>
        <source>You gave this referral</source>
        <translation>Usted dio esta recomendación</translation>
    </message>
    <message>
        <source>You received this referral</source>
        <translation>Usted recibió esta recomendación</translation>
    </message>
    <message>
        <source>You received this referral: the thank-you is yours to write (Thank-yous page)</source>
        <translation>Usted recibió esta recomendación: le toca escribir el agradecimiento (página Agradecimientos)</translation>
    </message>
    <message>
        <source>The partner thanked you on %1.</source>
        <translation>El socio le dio las gracias el %1.</translation>
    </message>
    <message>
        <source>The prospect thanked you on %1.</source>
        <translation>El cliente potencial le dio las gracias el %1.</translation>
    </message>
    <message>
        <source>Neither the partner nor the prospect has thanked you yet.</source>
        <translation>Ni el socio ni el cliente potencial le han dado las gracias todavía.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referral count</source>
        <translation>Número de recomendaciones</translation>
    </message>
    <message>
        <source>Log referral…</source>
        <translation>Registrar recomendación…</translation>
    </message>
    <message>
        <source>Log referral</source>
        <translation>Registrar recomendación</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Double-click or press Enter to edit; right-click for more</source>
        <translation>Doble clic o Intro para editar; clic derecho para más</translation>
    </message>
    <message>
        <source>No referrals</source>
        <translation>Sin recomendaciones</translation>
    </message>
    <message>
        <source>The “from” date is after the “to” date.</source>
        <translation>La fecha inicial es posterior a la final.</translation>
    </message>
    <message>
        <source>No referrals match these filters.
Change them, or press “Clear filters”.</source>
        <translation>Ninguna recomendación coincide con estos filtros.
Cámbielos o pulse «Quitar filtros».</translation>
    </message>
    <message>
        <source>No referrals yet.

When you give someone a referral, or a partner sends work your way, press “Log referral…” (Ctrl+L) to record it.
RefDesk will remind you to follow up and to say thank you.</source>
        <translation>Aún no hay recomendaciones.

Cuando dé una recomendación a alguien, o un socio le envíe trabajo, pulse «Registrar recomendación…» (Ctrl+L) para anotarla.
RefDesk le recordará hacer el seguimiento y dar las gracias.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s) match(es)</source>
        <translation>
            <numerusform>%Ln recomendación coincide</numerusform>
            <numerusform>%Ln recomendaciones coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral(s)</source>
        <translation>
            <numerusform>%Ln recomendación</numerusform>
            <numerusform>%Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due</source>
        <translation>
            <numerusform>%Ln seguimiento pendiente</numerusform>
            <numerusform>%Ln seguimientos pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>There is no system tray here: RefDesk reminds you in this window.</source>
        <translation>Aquí no hay bandeja del sistema: RefDesk le recuerda las cosas en esta ventana.</translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>No se pudo escribir el archivo de calendario: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) due today</source>
        <translation>
            <numerusform>%n cosa pendiente para hoy</numerusform>
            <numerusform>%n cosas pendientes para hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more thing(s) due</source>
        <translation>
            <numerusform>%n cosa más pendiente</numerusform>
            <numerusform>%n cosas más pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(vencido)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more on Today</source>
        <translation>
            <numerusform>…y %n más en Hoy</numerusform>
            <numerusform>…y %n más en Hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Open RefDesk</source>
        <translation>Abrir RefDesk</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>Posponer hasta mañana</translation>
    </message>
    <message>
        <source>Reminders snoozed until tomorrow at %1.</source>
        <translation>Recordatorios pospuestos hasta mañana a las %1.</translation>
    </message>
    <message>
        <source>RefDesk is still running in the tray</source>
        <translation>RefDesk sigue en marcha en la bandeja del sistema</translation>
    </message>
    <message>
        <source>It keeps reminding you of the follow-ups, thank-yous and check-ins due, at %1 and when something new falls due. Click its icon in the notification area to open the window again. To quit, choose Quit in the icon&apos;s menu, or File → Quit in the window. Edit → Settings… → Reminders changes this.</source>
        <translation>Le sigue recordando los seguimientos, agradecimientos y consultas pendientes, a las %1 y cuando vence algo nuevo. Haga clic en su icono del área de notificación para volver a abrir la ventana. Para salir, elija Salir en el menú del icono, o Archivo → Salir en la ventana. Puede cambiarlo en Editar → Preferencias… → Recordatorios.</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source>Reminders outside the window</source>
        <translation>Recordatorios fuera de la ventana</translation>
    </message>
    <message>
        <source>Notify at</source>
        <translation>Avisar a las</translation>
    </message>
    <message>
        <source>Every day at this time, one desktop notification lists what is due; later, one more for what falls due while RefDesk runs.</source>
        <translation>Cada día a esta hora, una notificación del escritorio enumera lo pendiente; más tarde, otra para lo que venza mientras RefDesk está en marcha.</translation>
    </message>
    <message>
        <source>No&amp;tify at:</source>
        <translation>&amp;Avisar a las:</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Closing the window leaves RefDesk in the notification area, reminding you; Quit ends it.</source>
        <translation>Al cerrar la ventana, RefDesk se queda en el área de notificación y le sigue avisando; Salir lo cierra.</translation>
    </message>
    <message>
        <source>&amp;Start at login, hidden in the tray</source>
        <translation>&amp;Iniciar al entrar en la sesión, en la bandeja</translation>
    </message>
    <message>
        <source>RefDesk starts when you log in, in the tray, so the day&apos;s reminder reaches you.</source>
        <translation>RefDesk se inicia al entrar en la sesión, en la bandeja, para que el recordatorio del día le llegue.</translation>
    </message>
    <message>
        <source>Keep a &amp;calendar file up to date</source>
        <translation>Mantener al día un archivo de &amp;calendario</translation>
    </message>
    <message>
        <source>RefDesk writes what is due in the next 90 days to this iCalendar file after each change and every day, for a calendar app to subscribe to; turned off, the file is removed.</source>
        <translation>RefDesk escribe lo que vence en los próximos 90 días en este archivo iCalendar tras cada cambio y cada día, para que una aplicación de calendario se suscriba a él; al desactivarlo, el archivo se elimina.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: RefDesk reminds you in its window.</source>
        <translation>Este escritorio no tiene bandeja del sistema: RefDesk le avisa en su ventana.</translation>
    </message>
    <message>
        <source>Starting at login is set up by hand on this system: the guide in docs/reminders.md says how.</source>
        <translation>En este sistema, el inicio al entrar en la sesión se configura a mano: docs/reminders.md explica cómo.</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>Recorda&amp;torios</translation>
    </message>
    <message>
        <source>The calendar file could not be removed: %1</source>
        <translation>No se pudo eliminar el archivo de calendario: %1</translation>
    </message>
    <message>
        <source>Start at login could not be set: %1</source>
        <translation>No se pudo configurar el inicio al entrar en la sesión: %1</translation>
    </message>
</context>
<context>
    <name>RemindersTray</name>
    <message numerus="yes">
        <source>RefDesk: %n thing(s) due today</source>
        <translation>
            <numerusform>RefDesk: %n cosa pendiente para hoy</numerusform>
            <numerusform>RefDesk: %n cosas pendientes para hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>RefDesk: nothing due today</source>
        <translation>RefDesk: hoy no vence nada</translation>
    </message>
    <message>
        <source>Reminders snoozed until tomorrow</source>
        <translation>Recordatorios pospuestos hasta mañana</translation>
    </message>
    <message>
        <source>&amp;Open RefDesk</source>
        <translation>&amp;Abrir RefDesk</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Hoy no vence nada</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message numerus="yes">
        <source>%n more on Today…</source>
        <translation>
            <numerusform>%n más en Hoy…</numerusform>
            <numerusform>%n más en Hoy…</numerusform>
        </translation>
    </message>
    <message>
        <source>Snoozed until tomorrow</source>
        <translation>Pospuesto hasta mañana</translation>
    </message>
    <message>
        <source>&amp;Snooze until tomorrow</source>
        <translation>&amp;Posponer hasta mañana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retired from the business</source>
        <translation>Se jubiló</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Se mudó</translation>
    </message>
    <message>
        <source>Clients had a bad experience</source>
        <translation>Los clientes tuvieron una mala experiencia</translation>
    </message>
    <message>
        <source>Never reciprocated</source>
        <translation>Nunca correspondió</translation>
    </message>
    <message>
        <source>Joined a competitor</source>
        <translation>Se fue con la competencia</translation>
    </message>
    <message>
        <source>Retire partner</source>
        <translation>Retirar socio</translation>
    </message>
    <message>
        <source>Retire %1? They stay in RefDesk with their history, hidden from the list unless you tick “Show retired”. Why are you retiring them?</source>
        <translation>¿Retirar a %1? Seguirá en RefDesk con su historial, oculto en la lista salvo que marque «Mostrar retirados». ¿Por qué lo retira?</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Elija o escriba un motivo</translation>
    </message>
    <message>
        <source>Reason for retiring</source>
        <translation>Motivo de la retirada</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Say why this partner is retired, so you remember later.</source>
        <translation>Indique por qué retira a este socio, para recordarlo más adelante.</translation>
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
        <translation>Renta&amp;bilidad:</translation>
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
    <name>StatusWords</name>
    <message>
        <source>Sent %1</source>
        <translation>Enviado %1</translation>
    </message>
    <message>
        <source>To write</source>
        <translation>Por escribir</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Escrito %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <source>Import column %1 as</source>
        <translation>Importar la columna %1 como</translation>
    </message>
</context>
<context>
    <name>TeamConnection</name>
    <message>
        <source>Connected to the team database again.</source>
        <translation>De nuevo conectado a la base de datos del equipo.</translation>
    </message>
    <message>
        <source>Connected to the team database %1.</source>
        <translation>Conectado a la base de datos del equipo %1.</translation>
    </message>
</context>
<context>
    <name>ThankYouDialog</name>
    <message>
        <source>Change thank-you</source>
        <translation>Cambiar agradecimiento</translation>
    </message>
    <message>
        <source>Add a thank-you</source>
        <translation>Añadir un agradecimiento</translation>
    </message>
    <message>
        <source>A &amp;partner:</source>
        <translation>Un &amp;socio:</translation>
    </message>
    <message>
        <source>&amp;Someone else:</source>
        <translation>&amp;Otra persona:</translation>
    </message>
    <message>
        <source>Thank one of your partners</source>
        <translation>Dar las gracias a uno de sus socios</translation>
    </message>
    <message>
        <source>Thank someone who is not one of your partners</source>
        <translation>Dar las gracias a alguien que no es uno de sus socios</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Type part of a name to find the partner</source>
        <translation>Escriba parte de un nombre para encontrar al socio</translation>
    </message>
    <message>
        <source>Type to search your partners</source>
        <translation>Escriba para buscar entre sus socios</translation>
    </message>
    <message>
        <source>Name of the person to thank</source>
        <translation>Nombre de la persona a quien agradecer</translation>
    </message>
    <message>
        <source>e.g. Jane Doe</source>
        <translation>p. ej., Juana Pérez</translation>
    </message>
    <message>
        <source>The name of the person to thank</source>
        <translation>El nombre de la persona a quien agradecer</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>What the thank-you is for</source>
        <translation>Por qué es el agradecimiento</translation>
    </message>
    <message>
        <source>e.g. for hosting the chapter lunch</source>
        <translation>p. ej., por organizar el almuerzo del grupo</translation>
    </message>
    <message>
        <source>What you are thanking them for</source>
        <translation>Por qué les da las gracias</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Por:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>When the thank-you should go out</source>
        <translation>Cuándo debería salir el agradecimiento</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>A handwritten card goes a long way</source>
        <translation>Una tarjeta manuscrita causa muy buena impresión</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Choose a partner from the list (type part of the name), or choose “Someone else” and type a name.</source>
        <translation>Elija un socio de la lista (escriba parte del nombre), o elija «Otra persona» y escriba un nombre.</translation>
    </message>
    <message>
        <source>Type the name of the person to thank.</source>
        <translation>Escriba el nombre de la persona a quien agradecer.</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <source>Owed (not sent yet)</source>
        <translation>Pendientes (sin enviar aún)</translation>
    </message>
    <message>
        <source>To write</source>
        <translation>Por escribir</translation>
    </message>
    <message>
        <source>Written, not sent</source>
        <translation>Escritos, sin enviar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Which thank-yous to list</source>
        <translation>Qué agradecimientos listar</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Search thank-yous</source>
        <translation>Buscar agradecimientos</translation>
    </message>
    <message>
        <source>Search recipient, prospect, need or note (Ctrl+F)</source>
        <translation>Buscar destinatario, cliente potencial, necesidad o nota (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show only thank-yous whose recipient, prospect, need or note contain these words</source>
        <translation>Mostrar solo los agradecimientos cuyo destinatario, cliente potencial, necesidad o nota contengan estas palabras</translation>
    </message>
    <message>
        <source>Mark &amp;written</source>
        <translation>Marcar como es&amp;crito</translation>
    </message>
    <message>
        <source>Mark the selected thank-yous as written, ready to send</source>
        <translation>Marcar los agradecimientos elegidos como escritos, listos para enviar</translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation>Marcar como &amp;enviado</translation>
    </message>
    <message>
        <source>Mark the selected thank-yous as sent</source>
        <translation>Marcar los agradecimientos elegidos como enviados</translation>
    </message>
    <message>
        <source>Mark &amp;to write</source>
        <translation>Marcar como &amp;por escribir</translation>
    </message>
    <message>
        <source>Put the selected thank-yous back on the list of notes to write</source>
        <translation>Devolver los agradecimientos elegidos a la lista de notas por escribir</translation>
    </message>
    <message>
        <source>&amp;Add thank-you…</source>
        <translation>&amp;Añadir agradecimiento…</translation>
    </message>
    <message>
        <source>Add a thank-you by hand, to a partner or to anyone else</source>
        <translation>Añadir un agradecimiento a mano, para un socio o para cualquier otra persona</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <source>Change the due date, method or reason of the selected thank-you</source>
        <translation>Cambiar la fecha límite, la forma o el motivo del agradecimiento elegido</translation>
    </message>
    <message>
        <source>&amp;Email note…</source>
        <translation>Enviar por co&amp;rreo…</translation>
    </message>
    <message>
        <source>Open your mail program with the drafted note to the selected recipient, then mark it sent</source>
        <translation>Abrir su programa de correo con la nota para el destinatario elegido y luego marcarla como enviada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected thank-yous (Ctrl+Z brings them back)</source>
        <translation>Eliminar los agradecimientos elegidos (Ctrl+Z los recupera)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the thank-yous</source>
        <translation>Buscar en los agradecimientos</translation>
    </message>
    <message>
        <source>Set &amp;method</source>
        <translation>Cambiar &amp;forma</translation>
    </message>
    <message>
        <source>Thank them by: %1</source>
        <translation>Dar las gracias con: %1</translation>
    </message>
    <message>
        <source>How to thank them: card, email, call or gift (Ctrl+Alt+1…4)</source>
        <translation>Cómo dar las gracias: tarjeta, correo, llamada o regalo (Ctrl+Alt+1…4)</translation>
    </message>
    <message>
        <source>Set method</source>
        <translation>Cambiar forma</translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation>&amp;Imprimir lista…</translation>
    </message>
    <message>
        <source>Print the checklist of notes to write, or save it as a PDF (Ctrl+P)</source>
        <translation>Imprimir la lista de notas por escribir o guardarla como PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Imprimir lista</translation>
    </message>
    <message>
        <source>Thank-yous</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <source>%1 owed</source>
        <translation>%1 pendientes</translation>
    </message>
    <message>
        <source>(%1 overdue)</source>
        <translation>(%1 vencidos)</translation>
    </message>
    <message>
        <source>%1 to write</source>
        <translation>%1 por escribir</translation>
    </message>
    <message>
        <source>%1 written, not sent</source>
        <translation>%1 escritos sin enviar</translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation>%1 enviados</translation>
    </message>
    <message>
        <source>A thank-you is owed until it is sent: still to write, or written and not sent yet. Overdue: owed after its due date.</source>
        <translation>Un agradecimiento está pendiente hasta que se envía: por escribir, o escrito y aún sin enviar. Vencido: pendiente después de su fecha límite.</translation>
    </message>
    <message>
        <source>No thank-yous match “%1”. Clear the search to see them all.</source>
        <translation>Ningún agradecimiento coincide con «%1». Borre la búsqueda para verlos todos.</translation>
    </message>
    <message>
        <source>You have not sent any thank-yous yet. Mark a note as sent once it is in the post.</source>
        <translation>Aún no ha enviado ningún agradecimiento. Marque una nota como enviada cuando esté en el correo.</translation>
    </message>
    <message>
        <source>No thank-you notes to write: you are all caught up.

When a partner sends you a referral, a thank-you appears here. To thank anyone else, use “Add thank-you…” (%1).</source>
        <translation>No hay notas de agradecimiento por escribir: está al día.

Cuando un socio le envíe una recomendación, aparecerá aquí un agradecimiento. Para dar las gracias a otra persona, use «Añadir agradecimiento…» (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n thank-you(s) still to write</source>
        <translation>
            <numerusform>Marcar %n agradecimiento como por escribir</numerusform>
            <numerusform>Marcar %n agradecimientos como por escribir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n thank-you(s) still to write. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n agradecimiento marcado como por escribir. Ctrl+Z lo deshace.</numerusform>
            <numerusform>%n agradecimientos marcados como por escribir. Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n thank-you(s) written</source>
        <translation>
            <numerusform>Marcar %n agradecimiento como escrito</numerusform>
            <numerusform>Marcar %n agradecimientos como escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n thank-you(s) written. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n agradecimiento marcado como escrito. Ctrl+Z lo deshace.</numerusform>
            <numerusform>%n agradecimientos marcados como escritos. Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n thank-you(s) sent</source>
        <translation>
            <numerusform>Marcar %n agradecimiento como enviado</numerusform>
            <numerusform>Marcar %n agradecimientos como enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n thank-you(s) sent. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n agradecimiento marcado como enviado. Ctrl+Z lo deshace.</numerusform>
            <numerusform>%n agradecimientos marcados como enviados. Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set method of %n thank-you(s): %1</source>
        <translation>
            <numerusform>Cambiar la forma de %n agradecimiento: %1</numerusform>
            <numerusform>Cambiar la forma de %n agradecimientos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n thank-you(s)</source>
        <translation>
            <numerusform>Eliminar %n agradecimiento</numerusform>
            <numerusform>Eliminar %n agradecimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n thank-you(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n agradecimiento eliminado. Ctrl+Z lo recupera.</numerusform>
            <numerusform>%n agradecimientos eliminados. Ctrl+Z los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>The note cannot be drafted: %1 (Edit → Settings…)</source>
        <translation>No se puede redactar la nota: %1 (Editar → Preferencias…)</translation>
    </message>
    <message>
        <source>No email address on file for %1: add one on the Partners page.</source>
        <translation>No hay dirección de correo para %1: añada una en la página Socios.</translation>
    </message>
    <message>
        <source>No mail program opened the note; Change… (Ctrl+E) shows it to copy.</source>
        <translation>Ningún programa de correo abrió la nota; Cambiar… (Ctrl+E) la muestra para copiarla.</translation>
    </message>
</context>
<context>
    <name>ThanksTableModel</name>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
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
        <source>Not up to date: %1</source>
        <translation>Sin actualizar: %1</translation>
    </message>
    <message>
        <source>Today as RefDesk last showed it, while it reads your data afresh</source>
        <translation>«Hoy» tal como RefDesk lo mostró por última vez, mientras vuelve a leer sus datos</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>As at %1 · updating…</source>
        <translation>A las %1 · actualizando…</translation>
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
    <name>Tour</name>
    <message>
        <source>Your pages</source>
        <translation>Sus páginas</translation>
    </message>
    <message>
        <source>The list on the left holds RefDesk&apos;s pages: Today, Partners, Referrals, Thank-yous and Charts. Click one, or press Ctrl+1 to Ctrl+5.</source>
        <translation>La lista de la izquierda contiene las páginas de RefDesk: Hoy, Socios, Recomendaciones, Agradecimientos y Gráficos. Haga clic en una o pulse Ctrl+1 a Ctrl+5.</translation>
    </message>
    <message>
        <source>Start each day on Today</source>
        <translation>Empiece cada día en Hoy</translation>
    </message>
    <message>
        <source>Today lists what needs doing, most urgent first: follow-ups due, thank-you notes to write, check-ins due and partners you have not heard from. Double-click a line to open it.</source>
        <translation>Hoy muestra lo que hay que hacer, lo más urgente primero: seguimientos pendientes, notas de agradecimiento por escribir, consultas de relación pendientes y socios de los que no ha sabido nada. Haga doble clic en una línea para abrirla.</translation>
    </message>
    <message>
        <source>Log every referral</source>
        <translation>Registre cada recomendación</translation>
    </message>
    <message>
        <source>When you send someone to a partner, or a partner sends someone to you, log it with File → Log referral (Ctrl+L). RefDesk then reminds you to follow up and to say thank you. Help → RefDesk guide (F1) tells the rest.</source>
        <translation>Cuando envíe a alguien a un socio, o un socio le envíe a alguien, regístrelo con Archivo → Registrar recomendación (Ctrl+L). RefDesk le recordará hacer el seguimiento y dar las gracias. Ayuda → Guía de RefDesk (F1) cuenta el resto.</translation>
    </message>
    <message>
        <source>RefDesk tour</source>
        <translation>Recorrido por RefDesk</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>The step before (Alt+B)</source>
        <translation>El paso anterior (Alt+A)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>Sa&amp;ltar el recorrido</translation>
    </message>
    <message>
        <source>Close the tour; Help → Take the tour shows it again (Esc)</source>
        <translation>Cerrar el recorrido; Ayuda → Hacer el recorrido lo vuelve a mostrar (Esc)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Tour, step %1 of %2: %3</source>
        <translation>Recorrido, paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Close the tour (Alt+D)</source>
        <translation>Cerrar el recorrido (Alt+T)</translation>
    </message>
    <message>
        <source>The next step (Alt+N)</source>
        <translation>El paso siguiente (Alt+S)</translation>
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
    <name>WillingnessTrend</name>
    <message>
        <source>Willingness trend</source>
        <translation>Evolución de la disposición</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Todavía no hay consultas.</translation>
    </message>
    <message>
        <source>Willingness to refer over time (0–10): %1.</source>
        <translation>Disposición a recomendar a lo largo del tiempo (0–10): %1.</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Todavía no hay consultas</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <source>Referral won</source>
        <translation>Recomendación ganada</translation>
    </message>
    <message>
        <source>e.g. 1200</source>
        <translation>p. ej., 1200</translation>
    </message>
    <message>
        <source>Value of the business won</source>
        <translation>Valor del negocio ganado</translation>
    </message>
    <message>
        <source>What the business the referral brought is worth (empty: not known yet)</source>
        <translation>Cuánto vale el negocio que trajo la recomendación (vacío: aún no se sabe)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Three-letter currency code, such as USD or EUR</source>
        <translation>Código de moneda de tres letras, como USD o EUR</translation>
    </message>
    <message>
        <source>Closed date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>The day the business was won (today unless you say otherwise)</source>
        <translation>El día en que se ganó el negocio (hoy, salvo que indique otro)</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Cerrado el:</translation>
    </message>
    <message>
        <source>Congratulations! What was the business with %1 worth?</source>
        <translation>¡Enhorabuena! ¿Cuánto valió el negocio con %1?</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>Marcar como &amp;ganada</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>%1 (details are in the log file)</source>
        <translation>%1 (los detalles están en el archivo de registro)</translation>
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
        <source>RefDesk &amp;guide</source>
        <translation>&amp;Guía de RefDesk</translation>
    </message>
    <message>
        <source>How to use RefDesk, and its words in plain words</source>
        <translation>Cómo usar RefDesk, y sus términos en palabras sencillas</translation>
    </message>
    <message>
        <source>Take the &amp;tour</source>
        <translation>Hacer el &amp;recorrido</translation>
    </message>
    <message>
        <source>Three steps: the pages, Today, and logging a referral</source>
        <translation>Tres pasos: las páginas, Hoy y registrar una recomendación</translation>
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
    <message>
        <source>&amp;Find partner</source>
        <translation>&amp;Buscar socio</translation>
    </message>
    <message>
        <source>Filter the list by name, company, category, email or tag</source>
        <translation>Filtrar la lista por nombre, empresa, categoría, correo o etiqueta</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected partner</source>
        <translation>Editar el socio elegido</translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>Retire the selected partner, with a reason; their history is kept</source>
        <translation>Retirar el socio elegido, con un motivo; su historial se conserva</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected partner and their history (Del; asks first; undoable)</source>
        <translation>Eliminar el socio elegido y su historial (Supr; pregunta antes; se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Merge a duplicate into the selected partner; nothing is lost</source>
        <translation>Fusionar un duplicado con el socio elegido; no se pierde nada</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Compare the selected possible duplicate with the partner it may be the same person as, then merge them field by field or keep both (Ctrl+Shift+D)</source>
        <translation>Comparar el posible duplicado elegido con el socio que puede ser la misma persona y luego fusionarlos campo por campo o conservar ambos (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <source>Log &amp;meeting…</source>
        <translation>Re&amp;gistrar…</translation>
    </message>
    <message>
        <source>Log a one-to-one, coffee, joint client meeting, call or event</source>
        <translation>Registrar una reunión individual, un café, una reunión conjunta con cliente, una llamada o un evento</translation>
    </message>
    <message>
        <source>Add check-&amp;in…</source>
        <translation>Re&amp;gistrar…</translation>
    </message>
    <message>
        <source>Record where you stand: willingness to refer 0–10 and comfort</source>
        <translation>Anotar en qué punto está: disposición a recomendar de 0 a 10 y confianza</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected meeting</source>
        <translation>Editar la reunión elegida</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected meeting (undoable)</source>
        <translation>Eliminar la reunión elegida (se puede deshacer)</translation>
    </message>
    <message>
        <source>Edit check-in…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected check-in</source>
        <translation>Editar la consulta elegida</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected check-in (undoable)</source>
        <translation>Eliminar la consulta elegida (se puede deshacer)</translation>
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
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>When the referral was given or received</source>
        <translation>Cuándo se dio o recibió la recomendación</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Given: you sent work to the partner. Received: the partner sent work to you.</source>
        <translation>Dada: usted envió trabajo al socio. Recibida: el socio le envió trabajo a usted.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>The partner you gave the referral to, or received it from</source>
        <translation>El socio al que dio la recomendación o del que la recibió</translation>
    </message>
    <message>
        <source>The person (or partner) who was referred</source>
        <translation>La persona (o el socio) recomendada</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Recommendation (told them to call) or introduction (a warm, facilitated connection)</source>
        <translation>Recomendación (les dijo que llamaran) o presentación (un contacto cercano y facilitado)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>When to check with both parties that the connection was made</source>
        <translation>Cuándo comprobar con ambas partes que hubo contacto</translation>
    </message>
    <message>
        <source>Closed value</source>
        <translation>Valor cerrado</translation>
    </message>
    <message>
        <source>The business the referral brought, when won</source>
        <translation>El negocio que trajo la recomendación, si se ganó</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>How it went: good, neutral or bad, and whether the partner was told</source>
        <translation>Cómo fue: bien, neutral o mal, y si se informó al socio</translation>
    </message>
    <message>
        <source>Thanked me</source>
        <translation>Me dio las gracias</translation>
    </message>
    <message>
        <source>On a referral you gave: whether the partner and the prospect thanked you (Ctrl+H, Ctrl+Shift+H)</source>
        <translation>En una recomendación que dio: si el socio y el cliente potencial le dieron las gracias (Ctrl+H, Ctrl+Mayús+H)</translation>
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
        <source>To write, written (not yet sent) or sent; owed until it is sent</source>
        <translation>Por escribir, escrito (aún sin enviar) o enviado; pendiente hasta que se envía</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Who the thank-you is for</source>
        <translation>Para quién es el agradecimiento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Referral date</source>
        <translation>Fecha de la recomendación</translation>
    </message>
    <message>
        <source>When the referral came in</source>
        <translation>Cuándo llegó la recomendación</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Handwritten card, email, call or gift</source>
        <translation>Tarjeta manuscrita, correo, llamada o regalo</translation>
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
        <source>When the import ran</source>
        <translation>Cuándo se hizo la importación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>The file imported</source>
        <translation>El archivo importado</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>The kind of file it was</source>
        <translation>El tipo de archivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <source>New partners it added</source>
        <translation>Socios nuevos que añadió</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionados</translation>
    </message>
    <message>
        <source>Partners already there that it filled in</source>
        <translation>Socios ya existentes que completó</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Rows it left out</source>
        <translation>Filas que dejó fuera</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>New partners that look like one already there</source>
        <translation>Socios nuevos que se parecen a uno existente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Imported, or undone (when)</source>
        <translation>Importada o deshecha (cuándo)</translation>
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
        <source>The partner&apos;s name</source>
        <translation>El nombre del socio</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Their business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Their profession</source>
        <translation>Su profesión</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dadas</translation>
    </message>
    <message>
        <source>Referrals you gave them %1</source>
        <translation>Recomendaciones que le dio %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Referrals they gave you %1</source>
        <translation>Recomendaciones que le dio a usted %1</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Of the referrals you gave them %1, how many the partner thanked you for: a healthy two-way street says thank you</source>
        <translation>De las recomendaciones que le dio %1, por cuántas le dio las gracias el socio: en una relación sana en ambos sentidos se dan las gracias</translation>
    </message>
    <message>
        <source>The latest meeting, referral either way (or as the prospect), standing check-in or thank-you sent</source>
        <translation>La última reunión, recomendación en cualquier sentido (o como cliente potencial), consulta o agradecimiento enviado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Willingness</source>
        <translation>Disposición</translation>
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
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>When the backup was taken</source>
        <translation>Cuándo se hizo la copia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Daily, before an upgrade, by hand, or before a restore</source>
        <translation>Diaria, antes de una actualización, a mano o antes de una restauración</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>The size of the backup file</source>
        <translation>El tamaño del archivo de copia</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Partners in this backup</source>
        <translation>Socios en esta copia</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Referrals in this backup</source>
        <translation>Recomendaciones en esta copia</translation>
    </message>
    <message>
        <source>Thank-yous</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <source>Thank-yous in this backup</source>
        <translation>Agradecimientos en esta copia</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>The column&apos;s name in the file</source>
        <translation>El nombre de la columna en el archivo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>A value from the first rows of the file</source>
        <translation>Un valor de las primeras filas del archivo</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Where RefDesk puts the column&apos;s values</source>
        <translation>Dónde pone RefDesk los valores de la columna</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>The row&apos;s line in the file</source>
        <translation>La línea de la fila en el archivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The name the partner gets</source>
        <translation>El nombre que recibe el socio</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>The partner&apos;s business</source>
        <translation>La empresa del socio</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>The row&apos;s email addresses</source>
        <translation>Las direcciones de correo de la fila</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>The row&apos;s phone numbers</source>
        <translation>Los teléfonos de la fila</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>New partner, merged into one you have, or skipped (and why)</source>
        <translation>Socio nuevo, fusionado con uno que ya tiene u omitida (y por qué)</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <source>The partner this row may be, and why</source>
        <translation>El socio que podría ser esta fila, y por qué</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>What to do with the row</source>
        <translation>Qué hacer con la fila</translation>
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
    <name>edits</name>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>«%1» no se pudo deshacer: %2</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2</source>
        <translation>«%1» no se pudo rehacer: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. What you see now is what is saved.</source>
        <translation>No se cambió nada. Lo que ve ahora es lo que está guardado.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Rehecho: %1.</translation>
    </message>
    <message>
        <source>someone else has deleted this %1 since.</source>
        <translation>otra persona ha eliminado este registro (%1) desde entonces.</translation>
    </message>
    <message>
        <source>someone else has changed this %1 since.</source>
        <translation>otra persona ha cambiado este registro (%1) desde entonces.</translation>
    </message>
    <message>
        <source>Someone else deleted this %1; nothing was saved.</source>
        <translation>Otra persona eliminó este registro (%1); no se guardó nada.</translation>
    </message>
    <message>
        <source>%1. Ctrl+Z undoes it.</source>
        <translation>%1. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>&amp;Undo it</source>
        <translation>&amp;Deshacerlo</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, so this was not saved. What you typed is still here: save again (if the server cannot be reached, a banner at the top of the window says when it is back).</source>
        <translation>Se perdió la conexión con el servidor de la base de datos, así que no se guardó. Lo que escribió sigue aquí: guarde de nuevo (si no se puede llegar al servidor, un aviso arriba en la ventana dirá cuándo vuelve).</translation>
    </message>
    <message>
        <source>Reloaded the version saved by someone else (they changed %1). Your other changes are still here: Save to keep them, Cancel to leave their version.</source>
        <translation>Se cargó la versión guardada por otra persona (cambió: %1). Sus demás cambios siguen aquí: Guardar los conserva, Cancelar deja la otra versión.</translation>
    </message>
    <message>
        <source>nothing you can see</source>
        <translation>nada visible</translation>
    </message>
    <message>
        <source>%1 Nothing is saved yet: Save again to choose what to do, or Cancel to drop your changes.</source>
        <translation>%1 Aún no se guardó nada: guarde de nuevo para elegir qué hacer, o cancele para descartar sus cambios.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>No file manager could open the folder. It is:

%1</source>
        <translation>Ningún gestor de archivos pudo abrir la carpeta. Es:

%1</translation>
    </message>
    <message>
        <source>The path is on the clipboard: paste it into a file manager or a terminal.</source>
        <translation>La ruta está en el portapapeles: péguela en un gestor de archivos o un terminal.</translation>
    </message>
    <message>
        <source>Folder path</source>
        <translation>Ruta de la carpeta</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the file just saved</source>
        <translation>Abrir la carpeta del archivo recién guardado</translation>
    </message>
    <message>
        <source>Open %1 (Ctrl+Shift+F)</source>
        <translation>Abrir %1 (Ctrl+Mayús+F)</translation>
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
    <name>guide</name>
    <message>
        <source>More in the guide: Help → RefDesk guide (F1).</source>
        <translation>Más en la guía: Ayuda → Guía de RefDesk (F1).</translation>
    </message>
    <message>
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <source>← Guide</source>
        <translation>← Guía</translation>
    </message>
    <message>
        <source>The words RefDesk uses</source>
        <translation>Los términos que usa RefDesk</translation>
    </message>
    <message>
        <source>RefDesk guide</source>
        <translation>Guía de RefDesk</translation>
    </message>
    <message>
        <source>This page is not in the guide.</source>
        <translation>Esta página no está en la guía.</translation>
    </message>
    <message>
        <source>Click for more in the guide.</source>
        <translation>Haga clic para ver más en la guía.</translation>
    </message>
    <message>
        <source>What does %1 mean?</source>
        <translation>¿Qué significa %1?</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Envelope %1</source>
        <translation>Sobre %1</translation>
    </message>
    <message>
        <source>Mailing labels (%1)</source>
        <translation>Etiquetas de dirección (%1)</translation>
    </message>
    <message>
        <source>Envelopes (%1)</source>
        <translation>Sobres (%1)</translation>
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
    <name>partners</name>
    <message>
        <source>Added %1. Ctrl+Z undoes it.</source>
        <translation>%1 añadido. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>La edición</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retirar a %1</translation>
    </message>
    <message>
        <source>Retired %1. Tick “Show retired” to see them; Ctrl+Z undoes.</source>
        <translation>%1 retirado. Marque «Mostrar retirados» para verlo; Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>this partner</source>
        <translation>este socio</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
    <message>
        <source>Deleted %1. Ctrl+Z brings them back.</source>
        <translation>%1 eliminado. Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Delete %1 with their meetings, check-ins, %2 and thank-yous?</source>
        <translation>¿Eliminar a %1 con sus reuniones, consultas, %2 y agradecimientos?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z until you close RefDesk. To keep their history instead, retire them.</source>
        <translation>Puede deshacerlo con Ctrl+Z hasta que cierre RefDesk. Para conservar su historial, retírelo en su lugar.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Merged %1 into %2. Ctrl+Z undoes it.</source>
        <translation>%1 fusionado con %2. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Merge partners</source>
        <translation>Fusionar socios</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>La comparación</translation>
    </message>
    <message>
        <source>This partner is not marked as a possible duplicate of anyone.</source>
        <translation>Este socio no está marcado como posible duplicado de nadie.</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <source>%1 and %2 are no longer listed as possible duplicates. Ctrl+Z undoes it.</source>
        <translation>%1 y %2 ya no aparecen como posibles duplicados. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Editing the meeting</source>
        <translation>La edición de la reunión</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <source>Meeting deleted. Ctrl+Z brings it back.</source>
        <translation>Reunión eliminada. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Editing the check-in</source>
        <translation>La edición de la consulta</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Eliminar consulta</translation>
    </message>
    <message>
        <source>Check-in deleted. Ctrl+Z brings it back.</source>
        <translation>Consulta eliminada. Ctrl+Z la recupera.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The printer or PDF file could not be opened for writing.</source>
        <translation>No se pudo abrir la impresora o el archivo PDF para escribir.</translation>
    </message>
    <message>
        <source>The printer refused to start a new page.</source>
        <translation>La impresora no pudo empezar una página nueva.</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written (check the folder exists and is writable).</source>
        <translation>No se pudo escribir el archivo PDF %1 (compruebe que la carpeta existe y que se puede escribir en ella).</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written: %2.</source>
        <translation>No se pudo escribir el archivo PDF %1: %2.</translation>
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
