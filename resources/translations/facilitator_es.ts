<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fijo</translation>
    </message>
    <message>
        <source>A heading lasts as long as its sub-blocks together.</source>
        <translation>Un encabezado dura lo mismo que sus subbloques juntos.</translation>
    </message>
    <message>
        <source>A fixed block keeps its time when the live runner rebalances the agenda.</source>
        <translation>Un bloque fijo conserva su tiempo cuando el cronómetro en vivo reequilibra la agenda.</translation>
    </message>
    <message>
        <source>{0}, starts {1}, {2} minutes</source>
        <translation>{0}, empieza el {1}, {2} minutos</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Aún sin fechas</translation>
    </message>
    <message>
        <source>{0} over</source>
        <translation>{0} de más</translation>
    </message>
    <message>
        <source>{0} to spare</source>
        <translation>{0} de margen</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
</context>
<context>
    <name>AgendaDelegate</name>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda total</source>
        <translation>Total de la agenda</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>No blocks yet. Press Ctrl+N to add the first one, for example a welcome.</source>
        <translation>Aún no hay bloques. Pulse Ctrl+N para añadir el primero, por ejemplo una bienvenida.</translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation>Acciones de la sesión</translation>
    </message>
    <message>
        <source>Block and session details</source>
        <translation>Detalles del bloque y de la sesión</translation>
    </message>
    <message>
        <source>Selected &amp;block</source>
        <translation>&amp;Bloque seleccionado</translation>
    </message>
    <message>
        <source>Session &amp;details</source>
        <translation>&amp;Detalles de la sesión</translation>
    </message>
    <message>
        <source>&amp;New block</source>
        <translation>&amp;Nuevo bloque</translation>
    </message>
    <message>
        <source>Add a block after the current one</source>
        <translation>Añadir un bloque después del actual</translation>
    </message>
    <message>
        <source>D&amp;uplicate block</source>
        <translation>D&amp;uplicar bloque</translation>
    </message>
    <message>
        <source>Add a copy of the current block right after it</source>
        <translation>Añadir una copia del bloque actual justo después</translation>
    </message>
    <message>
        <source>&amp;Delete block</source>
        <translation>&amp;Eliminar bloque</translation>
    </message>
    <message>
        <source>Delete the current block and its sub-blocks</source>
        <translation>Eliminar el bloque actual y sus subbloques</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the block one place earlier</source>
        <translation>Mover el bloque un lugar antes</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the block one place later</source>
        <translation>Mover el bloque un lugar después</translation>
    </message>
    <message>
        <source>Make &amp;sub-block</source>
        <translation>Convertir en su&amp;bbloque</translation>
    </message>
    <message>
        <source>Put the block under the one above it</source>
        <translation>Poner el bloque bajo el de arriba</translation>
    </message>
    <message>
        <source>&amp;Lift out</source>
        <translation>Sa&amp;car</translation>
    </message>
    <message>
        <source>Make a sub-block a block of its own again</source>
        <translation>Volver a hacer de un subbloque un bloque propio</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Sangrar</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Quitar sangría</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Una pregunta por línea</translation>
    </message>
    <message>
        <source>What the facilitator should remember</source>
        <translation>Lo que la persona facilitadora debe recordar</translation>
    </message>
    <message>
        <source>Handouts, slides, cards, markers…</source>
        <translation>Folletos, diapositivas, tarjetas, rotuladores…</translation>
    </message>
    <message>
        <source>&amp;Prompts for participants (one per line):</source>
        <translation>&amp;Preguntas para participantes (una por línea):</translation>
    </message>
    <message>
        <source>Participant prompts</source>
        <translation>Preguntas para participantes</translation>
    </message>
    <message>
        <source>Facilitator &amp;notes:</source>
        <translation>&amp;Notas para quien facilita:</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notas para quien facilita</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materiales:</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source> min before the end</source>
        <translation> min antes del final</translation>
    </message>
    <message>
        <source>Wrap-up warning in live mode</source>
        <translation>Aviso de cierre en vivo</translation>
    </message>
    <message>
        <source>When the live timer warns that the block is nearly over (0: no warning)</source>
        <translation>Cuándo avisa el cronómetro en vivo de que el bloque está por terminar (0: sin aviso)</translation>
    </message>
    <message>
        <source>&amp;Wrap-up warning:</source>
        <translation>&amp;Aviso de cierre:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Room and address, or the meeting link</source>
        <translation>Sala y dirección, o el enlace de la reunión</translation>
    </message>
    <message>
        <source>For example: families, students, staff</source>
        <translation>Por ejemplo: familias, estudiantes, personal</translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation>Un objetivo por línea</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>F&amp;echa:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Empieza a las:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Planned &amp;length:</source>
        <translation>&amp;Duración prevista:</translation>
    </message>
    <message>
        <source>Planned length in minutes</source>
        <translation>Duración prevista en minutos</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Location or lin&amp;k:</source>
        <translation>Lugar o enla&amp;ce:</translation>
    </message>
    <message>
        <source>Location or link</source>
        <translation>Lugar o enlace</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>P&amp;úblico:</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Id&amp;ioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator:</source>
        <translation>Faci&amp;litación:</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitación</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>Objectives, one per line</source>
        <translation>Objetivos, uno por línea</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
    <message>
        <source>Session {0} · {1}</source>
        <translation>Sesión {0} · {1}</translation>
    </message>
    <message>
        <source>That session was deleted.</source>
        <translation>Esa sesión se eliminó.</translation>
    </message>
    <message>
        <source>Total {0} of {1} planned, ending at {2}: {3}</source>
        <translation>Total {0} de {1} previstos, termina a las {2}: {3}</translation>
    </message>
    <message>
        <source>No block selected</source>
        <translation>Ningún bloque seleccionado</translation>
    </message>
    <message>
        <source>{0} · {1}–{2} · {3}</source>
        <translation>{0} · {1}–{2} · {3}</translation>
    </message>
    <message>
        <source>{0}: saved.</source>
        <translation>{0}: guardado.</translation>
    </message>
    <message>
        <source>Change minutes</source>
        <translation>Cambiar minutos</translation>
    </message>
    <message>
        <source>Rename block</source>
        <translation>Renombrar bloque</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Cambiar tipo</translation>
    </message>
    <message>
        <source>Change fixed</source>
        <translation>Cambiar fijo</translation>
    </message>
    <message>
        <source>Edit prompts</source>
        <translation>Editar preguntas</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
    <message>
        <source>Edit materials</source>
        <translation>Editar materiales</translation>
    </message>
    <message>
        <source>Change wrap-up warning</source>
        <translation>Cambiar el aviso de cierre</translation>
    </message>
    <message>
        <source>Move block</source>
        <translation>Mover bloque</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>Add block</source>
        <translation>Añadir bloque</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Nuevo bloque</translation>
    </message>
    <message>
        <source>Duplicate block</source>
        <translation>Duplicar bloque</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>Eliminar «{0}»</translation>
    </message>
    <message>
        <source>Deleted “{0}”. Ctrl+Z brings it back.</source>
        <translation>Se eliminó «{0}». Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Only a block with no sub-blocks, below another block, can become a sub-block.</source>
        <translation>Solo un bloque sin subbloques, debajo de otro bloque, puede convertirse en subbloque.</translation>
    </message>
    <message>
        <source>Make sub-block</source>
        <translation>Convertir en subbloque</translation>
    </message>
    <message>
        <source>Lift out</source>
        <translation>Sacar</translation>
    </message>
    <message>
        <source>Save session as template</source>
        <translation>Guardar la sesión como plantilla</translation>
    </message>
    <message>
        <source>Template name (shown when you make a new series):</source>
        <translation>Nombre de la plantilla (se muestra al crear una serie nueva):</translation>
    </message>
    <message>
        <source>Replace template</source>
        <translation>Reemplazar plantilla</translation>
    </message>
    <message>
        <source>A template named “{0}” already exists. Replace it?</source>
        <translation>Ya existe una plantilla llamada «{0}». ¿Reemplazarla?</translation>
    </message>
    <message>
        <source>Saved template “{0}” to {1}.</source>
        <translation>Plantilla «{0}» guardada en {1}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{0}

Passphrase:</source>
        <translation>{0}

Frase de contraseña:</translation>
    </message>
    <message>
        <source>The workspace {path} could not be opened:

{error}</source>
        <translation>No se pudo abrir el espacio de trabajo {path}:

{error}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>On opening</source>
        <translation>Al abrir</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Tomada a mano</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>El espacio de trabajo está dañado</translation>
    </message>
    <message>
        <source>The workspace file {name} is damaged, so Facilitator will not write to it.

The newest good backup is from {when} ({series} series). Restore it? The damaged file is kept in the backups folder.</source>
        <translation>El archivo del espacio de trabajo {name} está dañado, así que Facilitator no escribirá en él.

La copia de seguridad buena más reciente es del {when} ({series} series). ¿Restaurarla? El archivo dañado se guarda en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurar la copia</translation>
    </message>
    <message>
        <source>The workspace file {name} is damaged, so Facilitator will not write to it, and there is no good backup of it. Keep a copy of the file and ask for help.</source>
        <translation>El archivo del espacio de trabajo {name} está dañado, así que Facilitator no escribirá en él, y no hay ninguna copia de seguridad buena. Guarde una copia del archivo y pida ayuda.</translation>
    </message>
</context>
<context>
    <name>BlockKind</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <source>Triads</source>
        <translation>Tríos</translation>
    </message>
    <message>
        <source>Small groups</source>
        <translation>Grupos pequeños</translation>
    </message>
    <message>
        <source>Fishbowl</source>
        <translation>Pecera</translation>
    </message>
    <message>
        <source>Large group</source>
        <translation>Grupo completo</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Provocation round</source>
        <translation>Ronda de provocación</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>CapturePane</name>
    <message>
        <source>Kind of the next note</source>
        <translation>Tipo de la próxima nota</translation>
    </message>
    <message>
        <source>The kind used when the text has no shortcut (Alt+K)</source>
        <translation>El tipo que se usa cuando el texto no lleva atajo (Alt+K)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Agenda block</source>
        <translation>Bloque de la agenda</translation>
    </message>
    <message>
        <source>(no block)</source>
        <translation>(sin bloque)</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloque</translation>
    </message>
    <message>
        <source>Agenda block the next note is filed under</source>
        <translation>Bloque de la agenda en el que se archiva la próxima nota</translation>
    </message>
    <message>
        <source>Breakout group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>whole room</source>
        <translation>toda la sala</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Toma de notas</translation>
    </message>
    <message>
        <source>&amp;Note-taker</source>
        <translation>&amp;Notas de</translation>
    </message>
    <message>
        <source>Perspective of a quote</source>
        <translation>Perspectiva de una cita</translation>
    </message>
    <message>
        <source>Quotes keep a perspective at most, never a name</source>
        <translation>Las citas guardan como mucho una perspectiva, nunca un nombre</translation>
    </message>
    <message>
        <source>&amp;Perspective (quotes)</source>
        <translation>&amp;Perspectiva (citas)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Type a note and press Enter</source>
        <translation>Escriba una nota y pulse Intro</translation>
    </message>
    <message>
        <source>Kind this note will be saved as</source>
        <translation>Tipo con el que se guardará esta nota</translation>
    </message>
    <message>
        <source>Recent notes</source>
        <translation>Notas recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Editar la nota seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Eliminar la nota seleccionada</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change to notes</source>
        <translation>Deshacer el último cambio en las notas</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter new line · start with a shortcut to pick the kind: </source>
        <translation>Intro guarda · Mayús+Intro nueva línea · empiece con un atajo para elegir el tipo: </translation>
    </message>
    <message>
        <source>Saves as: {kind}</source>
        <translation>Se guarda como: {kind}</translation>
    </message>
    <message>
        <source>Unsaved text from last time is back in the box</source>
        <translation>El texto sin guardar de la última vez ha vuelto al cuadro</translation>
    </message>
    <message>
        <source>Filed under: {block}</source>
        <translation>Archivada en: {block}</translation>
    </message>
    <message>
        <source>Not filed under a block (the session is not running)</source>
        <translation>Sin bloque (la sesión no está en marcha)</translation>
    </message>
    <message>
        <source>Saved as a new theme card: {title}</source>
        <translation>Guardada como nueva tarjeta de tema: {title}</translation>
    </message>
    <message>
        <source>Saved on the theme: {title}</source>
        <translation>Guardada en el tema: {title}</translation>
    </message>
    <message>
        <source>Saved: {kind}</source>
        <translation>Guardada: {kind}</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Text (a leading shortcut changes the kind):</source>
        <translation>Texto (un atajo al principio cambia el tipo):</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Note deleted (Ctrl+Z brings it back)</source>
        <translation>Nota eliminada (Ctrl+Z la recupera)</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <source>Check-in · Session %1: %2</source>
        <translation>Registro de llegada · Sesión %1: %2</translation>
    </message>
    <message>
        <source>People here</source>
        <translation>Personas presentes</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Última llegada</translation>
    </message>
    <message>
        <source>Type a name, then Enter to check in — or to add someone new as a walk-in</source>
        <translation>Escriba un nombre y pulse Intro para registrar su llegada, o para añadir a alguien nuevo sin inscripción</translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation>Buscar a una persona para registrar su llegada</translation>
    </message>
    <message>
        <source>People matching</source>
        <translation>Personas que coinciden</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Registrar llegada</translation>
    </message>
    <message>
        <source>Mark &amp;absent</source>
        <translation>Marcar &amp;ausente</translation>
    </message>
    <message>
        <source>&amp;Not checked in</source>
        <translation>&amp;Sin registrar</translation>
    </message>
    <message>
        <source>&amp;Stipend handed out</source>
        <translation>E&amp;stipendio entregado</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>%1 of %2 here</source>
        <translation>%1 de %2 presentes</translation>
    </message>
    <message>
        <source>Walk-ins: %1 · still to arrive: %2 · absent: %3</source>
        <translation>Sin inscripción previa: %1 · por llegar: %2 · ausentes: %3</translation>
    </message>
    <message>
        <source>Add “%1” as a walk-in and check them in</source>
        <translation>Añadir a «%1» sin inscripción previa y registrar su llegada</translation>
    </message>
    <message>
        <source>here since %1</source>
        <translation>aquí desde las %1</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>stipend %1 to hand out</source>
        <translation>estipendio de %1 por entregar</translation>
    </message>
    <message>
        <source>Add walk-in %1</source>
        <translation>Añadir sin inscripción a %1</translation>
    </message>
    <message>
        <source>%1 was already checked in at %2.</source>
        <translation>%1 ya registró su llegada a las %2.</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>Registrar la llegada de %1</translation>
    </message>
    <message>
        <source>Checked in %1. Ctrl+Z takes it back.</source>
        <translation>Llegada de %1 registrada. Ctrl+Z la deshace.</translation>
    </message>
    <message>
        <source>Checked in %1: hand them their stipend of %2, then Ctrl+Shift+S.</source>
        <translation>%1 registrado: entréguele su estipendio de %2 y pulse Ctrl+Mayús+S.</translation>
    </message>
    <message>
        <source>Stipend handed out to %1</source>
        <translation>Estipendio entregado a %1</translation>
    </message>
    <message>
        <source>Stipend handed out to %1.</source>
        <translation>Estipendio entregado a %1.</translation>
    </message>
    <message>
        <source>Change attendance</source>
        <translation>Cambiar asistencia</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session {n}: {title}</source>
        <translation>Sesión {n}: {title}</translation>
    </message>
    <message>
        <source>&amp;Debrief of</source>
        <translation>&amp;Balance de</translation>
    </message>
    <message>
        <source>Import &amp;survey CSV…</source>
        <translation>Importar &amp;encuesta CSV…</translation>
    </message>
    <message>
        <source>Debrief of the session</source>
        <translation>Balance de la sesión</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>Llamadas de seguimiento</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add call</source>
        <translation>&amp;Añadir llamada</translation>
    </message>
    <message>
        <source>Remove call</source>
        <translation>Quitar llamada</translation>
    </message>
    <message>
        <source>Answer: </source>
        <translation>Respuesta: </translation>
    </message>
    <message>
        <source>Status of the call to {person}</source>
        <translation>Estado de la llamada a {person}</translation>
    </message>
    <message>
        <source>Add call</source>
        <translation>Añadir llamada</translation>
    </message>
    <message>
        <source>Who should get a call?</source>
        <translation>¿Quién debe recibir una llamada?</translation>
    </message>
    <message>
        <source>Survey {file}: {n} responses</source>
        <translation>Encuesta {file}: {n} respuestas</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Importar encuesta</translation>
    </message>
    <message>
        <source>Survey files (*.csv *.xlsx)</source>
        <translation>Archivos de encuesta (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>Por llamar</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Llamada hecha</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>What worked today, and what should we do differently next time?</source>
        <translation>¿Qué funcionó hoy y qué deberíamos hacer distinto la próxima vez?</translation>
    </message>
    <message>
        <source>What new openings or directions did the group surface?</source>
        <translation>¿Qué nuevas aperturas o direcciones hizo aflorar el grupo?</translation>
    </message>
    <message>
        <source>How did people take part? Who went quiet, who carried a lot, and who would value a personal call?</source>
        <translation>¿Cómo participó la gente? ¿Quién se quedó en silencio, quién cargó con mucho y quién agradecería una llamada personal?</translation>
    </message>
    <message>
        <source>What do we need to prepare or change before the next session?</source>
        <translation>¿Qué tenemos que preparar o cambiar antes de la próxima sesión?</translation>
    </message>
    <message>
        <source>What do participants need from us to put the framework to use?</source>
        <translation>¿Qué necesitan de nosotros las personas participantes para poner en práctica el marco?</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Mark &amp;changes since the last version</source>
        <translation>Marcar los &amp;cambios desde la última versión</translation>
    </message>
    <message>
        <source>Mark changes since the last version</source>
        <translation>Marcar los cambios desde la última versión</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Passages to review</source>
        <translation>Pasajes que revisar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <source>Try the preview again</source>
        <translation>Volver a intentar la vista previa</translation>
    </message>
    <message>
        <source>Names taken out for review</source>
        <translation>Nombres retirados para revisar</translation>
    </message>
    <message>
        <source>Text to share for this passage</source>
        <translation>Texto que compartir en este pasaje</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Guardar como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the reviewed summary as Markdown</source>
        <translation>Guardar el resumen revisado como Markdown</translation>
    </message>
    <message>
        <source>Accep&amp;t</source>
        <translation>Acep&amp;tar</translation>
    </message>
    <message>
        <source>Use my &amp;wording</source>
        <translation>Usar mi &amp;redacción</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Aceptar t&amp;odo</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Use my wording</source>
        <translation>Usar mi redacción</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>Names taken out: review before sharing</source>
        <translation>Nombres retirados: revíselos antes de compartir</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>S&amp;esión:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Whole series</source>
        <translation>Toda la serie</translation>
    </message>
    <message>
        <source>Session %1: %2</source>
        <translation>Sesión %1: %2</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>The preview could not be made ({error}).</source>
        <translation>No se pudo preparar la vista previa ({error}).</translation>
    </message>
    <message>
        <source>%1 pages; the preview shows the first %2.</source>
        <translation>%1 páginas; la vista previa muestra las primeras %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n página.</numerusform>
            <numerusform>%n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) wait for review before this can be shared.</source>
        <translation>
            <numerusform>%n pasaje espera revisión antes de poder compartirlo.</numerusform>
            <numerusform>%n pasajes esperan revisión antes de poder compartirlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>waits for review</source>
        <translation>espera revisión</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>your wording</source>
        <translation>su redacción</translation>
    </message>
    <message>
        <source>No participant names were found in the themes and quotes.</source>
        <translation>No se encontraron nombres de participantes en los temas ni en las citas.</translation>
    </message>
    <message>
        <source>Accept passage</source>
        <translation>Aceptar el pasaje</translation>
    </message>
    <message>
        <source>Save Markdown</source>
        <translation>Guardar Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saved %1. Open it now?</source>
        <translation>Se guardó %1. ¿Abrirlo ahora?</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Imprimiendo la página %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Facilitator run-sheet</source>
        <translation>Guion de facilitación</translation>
    </message>
    <message>
        <source>Participant agenda</source>
        <translation>Agenda para participantes</translation>
    </message>
    <message>
        <source>Group assignments</source>
        <translation>Asignación de grupos</translation>
    </message>
    <message>
        <source>Seating chart</source>
        <translation>Plano de asientos</translation>
    </message>
    <message>
        <source>Name tents</source>
        <translation>Identificadores de mesa</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de registro</translation>
    </message>
    <message>
        <source>Logistics sheet</source>
        <translation>Hoja de logística</translation>
    </message>
    <message>
        <source>Fishbowl seat cards</source>
        <translation>Tarjetas de asiento de la pecera</translation>
    </message>
    <message>
        <source>Session summary (internal)</source>
        <translation>Resumen de la sesión (interno)</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Values framework</source>
        <translation>Marco de valores</translation>
    </message>
    <message>
        <source>Trend analysis</source>
        <translation>Análisis de tendencias</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed. %n problem(s) to fix:</source>
        <translation>El archivo no se importó; no cambió nada. Problemas que corregir (%n):</translation>
    </message>
    <message>
        <source>Could not use the file {0}: {1}</source>
        <translation>No se pudo usar el archivo {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <source>&amp;Calendar (.ics)…</source>
        <translation>&amp;Calendario (.ics)…</translation>
    </message>
    <message>
        <source>Every dated session, for Outlook, Google Calendar or Apple Calendar.</source>
        <translation>Cada sesión con fecha, para Outlook, Google Calendar o Apple Calendar.</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>The series, its agendas and the roster as readable text.</source>
        <translation>La serie, sus agendas y la lista de participantes como texto legible.</translation>
    </message>
    <message>
        <source>CS&amp;V tables (.zip)…</source>
        <translation>&amp;Tablas CSV (.zip)…</translation>
    </message>
    <message>
        <source>Sessions, agenda, participants and attendance for a spreadsheet.</source>
        <translation>Sesiones, agenda, participantes y asistencia para una hoja de cálculo.</translation>
    </message>
    <message>
        <source>These files are for the team: they contain names. Share the external summary with everyone else.</source>
        <translation>Estos archivos son para el equipo: contienen nombres. Comparta el resumen externo con todas las demás personas.</translation>
    </message>
    <message>
        <source>Save calendar</source>
        <translation>Guardar calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Save Markdown</source>
        <translation>Guardar Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save CSV tables</source>
        <translation>Guardar tablas CSV</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Plan a series</source>
        <translation>Planificar una serie</translation>
    </message>
    <message>
        <source>File › New series (Ctrl+Shift+N) starts from a template: a four-session dialogue series or a community conversation. Adjust the sessions and their agendas; everything saves as you type, and Ctrl+Z undoes.</source>
        <translation>Archivo › Nueva serie (Ctrl+Mayús+N) empieza desde una plantilla: una serie de diálogo de cuatro sesiones o una conversación comunitaria. Ajuste las sesiones y sus agendas; todo se guarda mientras escribe, y Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>Bring in the roster</source>
        <translation>Traer la lista de participantes</translation>
    </message>
    <message>
        <source>Open the series and its Roster tab, then Import… a CSV or Excel file of sign-ups. You see how each column will be read before anything changes.</source>
        <translation>Abra la serie y su pestaña Participantes, y luego Importar… un archivo CSV o Excel de inscripciones. Verá cómo se leerá cada columna antes de que cambie nada.</translation>
    </message>
    <message>
        <source>Run a session</source>
        <translation>Dirigir una sesión</translation>
    </message>
    <message>
        <source>Open a session&apos;s agenda and press F5 (Run live): a timer for each block, a presenter screen for the room, and a notes pane. Space starts and pauses.</source>
        <translation>Abra la agenda de una sesión y pulse F5 (Dirigir en vivo): un cronómetro para cada bloque, una pantalla de presentación para la sala y un panel de notas. Espacio empieza y pausa.</translation>
    </message>
    <message>
        <source>Print and share</source>
        <translation>Imprimir y compartir</translation>
    </message>
    <message>
        <source>The Print &amp; share tab makes the run-sheet, sign-in sheet, name tents, group lists and a summary without names, as PDF or straight to the printer.</source>
        <translation>La pestaña Imprimir y compartir prepara el guion, la hoja de registro, los identificadores de mesa, las listas de grupos y un resumen sin nombres, en PDF o directamente a la impresora.</translation>
    </message>
    <message>
        <source>Facilitator works offline and keeps everything in one file. A demo series is ready to explore.</source>
        <translation>Facilitator funciona sin conexión y guarda todo en un único archivo. Hay una serie de demostración lista para explorar.</translation>
    </message>
    <message>
        <source>Four steps</source>
        <translation>Cuatro pasos</translation>
    </message>
    <message>
        <source>Open this guide again from Help › Getting started; F1 lists every keyboard shortcut.</source>
        <translation>Vuelva a abrir esta guía desde Ayuda › Primeros pasos; F1 muestra todos los atajos de teclado.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
</context>
<context>
    <name>FishbowlView</name>
    <message>
        <source>Open (tap in and out)</source>
        <translation>Abierta (entrar y salir)</translation>
    </message>
    <message>
        <source>Closed (timed rotations)</source>
        <translation>Cerrada (rotaciones con tiempo)</translation>
    </message>
    <message>
        <source>Fishbowl kind</source>
        <translation>Tipo de pecera</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> asientos</translation>
    </message>
    <message>
        <source>Seats in the inner circle</source>
        <translation>Asientos en el círculo interior</translation>
    </message>
    <message>
        <source>&amp;Empty chair</source>
        <translation>Silla &amp;vacía</translation>
    </message>
    <message>
        <source> min per circle</source>
        <translation> min por círculo</translation>
    </message>
    <message>
        <source>Minutes between rotations</source>
        <translation>Minutos entre rotaciones</translation>
    </message>
    <message>
        <source>New fishbowl</source>
        <translation>Nueva pecera</translation>
    </message>
    <message>
        <source>Add to &amp;queue</source>
        <translation>Añadir a la &amp;cola</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>Siguie&amp;nte orador</translation>
    </message>
    <message>
        <source>&amp;Stop speaker</source>
        <translation>&amp;Parar orador</translation>
    </message>
    <message>
        <source>Tap &amp;in to seat</source>
        <translation>&amp;Entrar al asiento</translation>
    </message>
    <message>
        <source>Tap &amp;out of seat</source>
        <translation>&amp;Salir del asiento</translation>
    </message>
    <message>
        <source>&amp;Rotate circle</source>
        <translation>&amp;Rotar el círculo</translation>
    </message>
    <message>
        <source>Rename seat</source>
        <translation>Renombrar asiento</translation>
    </message>
    <message>
        <source>Empty chair on/off</source>
        <translation>Silla vacía sí/no</translation>
    </message>
    <message>
        <source>Show on &amp;presenter</source>
        <translation>Mostrar en la &amp;presentación</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>&amp;Deshacer lo último</translation>
    </message>
    <message>
        <source>Select seat {0}</source>
        <translation>Elegir el asiento {0}</translation>
    </message>
    <message>
        <source>Current speaker</source>
        <translation>Quien habla ahora</translation>
    </message>
    <message>
        <source>People in the room (outer circle)</source>
        <translation>Personas en la sala (círculo exterior)</translation>
    </message>
    <message>
        <source>Waiting to speak</source>
        <translation>Esperando para hablar</translation>
    </message>
    <message>
        <source>Airtime (not yet heard first)</source>
        <translation>Tiempo de palabra (quien aún no ha hablado, primero)</translation>
    </message>
    <message>
        <source>  (in the circle)</source>
        <translation>  (en el círculo)</translation>
    </message>
    <message>
        <source>No fishbowl yet for this session: set it up and press New fishbowl.</source>
        <translation>Aún no hay pecera para esta sesión: configúrela y pulse Nueva pecera.</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>La palabra está abierta</translation>
    </message>
    <message>
        <source>Next rotation in {0}</source>
        <translation>Próxima rotación en {0}</translation>
    </message>
    <message>
        <source>Time to rotate (R)</source>
        <translation>Hora de rotar (R)</translation>
    </message>
    <message>
        <source>Open fishbowl: anyone may tap in.</source>
        <translation>Pecera abierta: cualquiera puede entrar.</translation>
    </message>
    <message>
        <source>{name}: not heard yet</source>
        <translation>{name}: aún no ha hablado</translation>
    </message>
    <message>
        <source>Perspective for this seat:</source>
        <translation>Perspectiva de este asiento:</translation>
    </message>
    <message>
        <source>empty chair</source>
        <translation>silla vacía</translation>
    </message>
</context>
<context>
    <name>FloorPlanView</name>
    <message>
        <source> tables</source>
        <translation> mesas</translation>
    </message>
    <message>
        <source>Number of tables</source>
        <translation>Número de mesas</translation>
    </message>
    <message>
        <source> seats each</source>
        <translation> asientos cada una</translation>
    </message>
    <message>
        <source>Seats per table</source>
        <translation>Asientos por mesa</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Redonda</translation>
    </message>
    <message>
        <source>Rectangular</source>
        <translation>Rectangular</translation>
    </message>
    <message>
        <source>Table shape</source>
        <translation>Forma de las mesas</translation>
    </message>
    <message>
        <source>Set up tables</source>
        <translation>Colocar mesas</translation>
    </message>
    <message>
        <source>Breakout round to seat</source>
        <translation>Ronda de grupos que sentar</translation>
    </message>
    <message>
        <source>Seat this round&apos;s groups</source>
        <translation>Sentar los grupos de esta ronda</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plano de la sala</translation>
    </message>
    <message>
        <source>&amp;Who sits where</source>
        <translation>&amp;Quién se sienta dónde</translation>
    </message>
    <message>
        <source>Who sits where</source>
        <translation>Quién se sienta dónde</translation>
    </message>
    <message>
        <source>Table to move the person to</source>
        <translation>Mesa a la que mover a la persona</translation>
    </message>
    <message>
        <source>seat </source>
        <translation>asiento </translation>
    </message>
    <message>
        <source>Seat to move the person to</source>
        <translation>Asiento al que mover a la persona</translation>
    </message>
    <message>
        <source>Sit here</source>
        <translation>Sentar aquí</translation>
    </message>
    <message>
        <source>Move the chosen person to this table and seat</source>
        <translation>Mover a la persona elegida a esta mesa y asiento</translation>
    </message>
    <message>
        <source>Drag a person onto another chair to swap; drag a table to move it. The front of the room is at the top.</source>
        <translation>Arrastre a una persona a otra silla para intercambiarlas; arrastre una mesa para moverla. El frente de la sala está arriba.</translation>
    </message>
    <message>
        <source>Front of the room</source>
        <translation>Frente de la sala</translation>
    </message>
    <message>
        <source>{0} — {1}, seat {2}</source>
        <translation>{0} — {1}, asiento {2}</translation>
    </message>
    <message>
        <source>Change the floor plan</source>
        <translation>Cambiar el plano de la sala</translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <source>before Session {n}</source>
        <translation>antes de la sesión {n}</translation>
    </message>
    <message>
        <source>after Session {n}</source>
        <translation>después de la sesión {n}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>{added} added, {removed} removed, {changed} changed, {same} unchanged</source>
        <translation>{added} añadidas, {removed} eliminadas, {changed} modificadas, {same} sin cambios</translation>
    </message>
    <message>
        <source>Link supporting notes</source>
        <translation>Vincular notas de apoyo</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>Notes; tick those that support the statement</source>
        <translation>Notas; marque las que apoyan la declaración</translation>
    </message>
</context>
<context>
    <name>FrameworkDiff</name>
    <message>
        <source>Older version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versión nueva</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>Differences between the two versions</source>
        <translation>Diferencias entre las dos versiones</translation>
    </message>
    <message>
        <source>Take a snapshot before and after a session to compare versions.</source>
        <translation>Tome una instantánea antes y después de una sesión para comparar versiones.</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <source>&amp;Add statement</source>
        <translation>&amp;Añadir declaración</translation>
    </message>
    <message>
        <source>Delete statement</source>
        <translation>Eliminar declaración</translation>
    </message>
    <message>
        <source>&amp;Link notes…</source>
        <translation>&amp;Vincular notas…</translation>
    </message>
    <message>
        <source>Unlink note</source>
        <translation>Desvincular nota</translation>
    </message>
    <message>
        <source>Take &amp;snapshot…</source>
        <translation>Tomar &amp;instantánea…</translation>
    </message>
    <message>
        <source>Value statements</source>
        <translation>Declaraciones de valores</translation>
    </message>
    <message>
        <source>Notes that support this statement</source>
        <translation>Notas que apoyan esta declaración</translation>
    </message>
    <message>
        <source>Supporting notes</source>
        <translation>Notas de apoyo</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>Editar declaración</translation>
    </message>
    <message>
        <source>Add statement</source>
        <translation>Añadir declaración</translation>
    </message>
    <message>
        <source>Value statement:</source>
        <translation>Declaración de valores:</translation>
    </message>
    <message>
        <source>Link notes</source>
        <translation>Vincular notas</translation>
    </message>
    <message>
        <source>Not tied to a session</source>
        <translation>Sin sesión asociada</translation>
    </message>
    <message>
        <source>Before Session {n}</source>
        <translation>Antes de la sesión {n}</translation>
    </message>
    <message>
        <source>After Session {n}</source>
        <translation>Después de la sesión {n}</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Tomar instantánea</translation>
    </message>
    <message>
        <source>When is this version from?</source>
        <translation>¿De qué momento es esta versión?</translation>
    </message>
    <message>
        <source>Value statement</source>
        <translation>Declaración de valores</translation>
    </message>
    <message>
        <source>Tensions</source>
        <translation>Tensiones</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
</context>
<context>
    <name>GroupColumn</name>
    <message>
        <source>1 perspective</source>
        <translation>1 perspectiva</translation>
    </message>
    <message>
        <source>{0} perspectives</source>
        <translation>{0} perspectivas</translation>
    </message>
    <message>
        <source>{0} met before</source>
        <translation>{0} ya coincidieron</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>misma organización</translation>
    </message>
    <message>
        <source>{0} not here</source>
        <translation>{0} no presentes</translation>
    </message>
</context>
<context>
    <name>GroupRulesDialog</name>
    <message>
        <source>Grouping rules</source>
        <translation>Reglas de agrupación</translation>
    </message>
    <message>
        <source>Rules every grouping in this series keeps:</source>
        <translation>Reglas que cumple cada agrupación de esta serie:</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <source>&amp;People for a new rule (select two or more):</source>
        <translation>&amp;Personas para una regla nueva (elija dos o más):</translation>
    </message>
    <message>
        <source>People for a new rule</source>
        <translation>Personas para una regla nueva</translation>
    </message>
    <message>
        <source>Keep &amp;apart</source>
        <translation>Mantener &amp;separadas</translation>
    </message>
    <message>
        <source>Keep &amp;together</source>
        <translation>Mantener &amp;juntas</translation>
    </message>
    <message>
        <source>Why (for the team)</source>
        <translation>Por qué (para el equipo)</translation>
    </message>
    <message>
        <source>A&amp;dd rule</source>
        <translation>Aña&amp;dir regla</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>Undo the last change to the rules</source>
        <translation>Deshacer el último cambio en las reglas</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(eliminada)</translation>
    </message>
    <message>
        <source>Apart</source>
        <translation>Separadas</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Juntas</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Quitar regla</translation>
    </message>
</context>
<context>
    <name>GroupsBoard</name>
    <message>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <source>Triads</source>
        <translation>Tríos</translation>
    </message>
    <message>
        <source>Groups of</source>
        <translation>Grupos de</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Número de grupos</translation>
    </message>
    <message>
        <source>Breakout round</source>
        <translation>Ronda de grupos</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronda:</translation>
    </message>
    <message>
        <source>Grouping mode</source>
        <translation>Modo de agrupación</translation>
    </message>
    <message>
        <source>Group size or number of groups</source>
        <translation>Tamaño del grupo o número de grupos</translation>
    </message>
    <message>
        <source>rounds: </source>
        <translation>rondas: </translation>
    </message>
    <message>
        <source>Rounds to plan ahead</source>
        <translation>Rondas que planificar por adelantado</translation>
    </message>
    <message>
        <source> s search</source>
        <translation> s de búsqueda</translation>
    </message>
    <message>
        <source>Search time in seconds</source>
        <translation>Tiempo de búsqueda en segundos</translation>
    </message>
    <message>
        <source>Make groups</source>
        <translation>Hacer grupos</translation>
    </message>
    <message>
        <source>Lock / unlock</source>
        <translation>Fijar / soltar</translation>
    </message>
    <message>
        <source>Lock the selected person in their group</source>
        <translation>Fijar a la persona seleccionada en su grupo</translation>
    </message>
    <message>
        <source>Re-run for the rest</source>
        <translation>Rehacer para el resto</translation>
    </message>
    <message>
        <source>Re-run for everyone not locked</source>
        <translation>Rehacer para todas las personas no fijadas</translation>
    </message>
    <message>
        <source>Shuffle</source>
        <translation>Mezclar</translation>
    </message>
    <message>
        <source>Agenda block this round belongs to</source>
        <translation>Bloque de la agenda al que pertenece esta ronda</translation>
    </message>
    <message>
        <source>Saved to &amp;block:</source>
        <translation>Guardada en el &amp;bloque:</translation>
    </message>
    <message>
        <source>Seat at tables</source>
        <translation>Sentar en mesas</translation>
    </message>
    <message>
        <source>Seat each group at its own table</source>
        <translation>Sentar a cada grupo en su propia mesa</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Reglas…</translation>
    </message>
    <message>
        <source>Keep people apart or together</source>
        <translation>Mantener a personas separadas o juntas</translation>
    </message>
    <message>
        <source>Find your group</source>
        <translation>Encuentre su grupo</translation>
    </message>
    <message>
        <source>Show find-your-group pages on the presenter screen</source>
        <translation>Mostrar las páginas «encuentre su grupo» en la pantalla de presentación</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Progreso de la búsqueda</translation>
    </message>
    <message>
        <source>searching… %p%</source>
        <translation>buscando… %p%</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop and keep the best so far</source>
        <translation>Detener y quedarse con lo mejor hasta ahora</translation>
    </message>
    <message>
        <source>Round quality</source>
        <translation>Calidad de la ronda</translation>
    </message>
    <message>
        <source>Groups of this round</source>
        <translation>Grupos de esta ronda</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>(no block)</source>
        <translation>(sin bloque)</translation>
    </message>
    <message>
        <source>No breakout round for this session yet: choose a mode and press Make groups.</source>
        <translation>Aún no hay ronda de grupos para esta sesión: elija un modo y pulse Hacer grupos.</translation>
    </message>
    <message>
        <source>, locked</source>
        <translation>, fijada</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Sin ubicar</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitación</translation>
    </message>
    <message>
        <source>note-taker</source>
        <translation>toma de notas</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>intérprete</translation>
    </message>
    <message>
        <source>Met before: {repeats} pairs · groups with a same-organisation pair: {orgs} · perspectives per group: {low} to {mean:.1f} on average · broken rules: {hard}</source>
        <translation>Ya coincidieron: {repeats} parejas · grupos con una pareja de la misma organización: {orgs} · perspectivas por grupo: de {low} a {mean:.1f} de media · reglas incumplidas: {hard}</translation>
    </message>
    <message>
        <source>Broken rules: {0}</source>
        <translation>Reglas incumplidas: {0}</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>Mover a {0}</translation>
    </message>
    <message>
        <source>Unlock {0}</source>
        <translation>Soltar a {0}</translation>
    </message>
    <message>
        <source>Lock {0}</source>
        <translation>Fijar a {0}</translation>
    </message>
    <message>
        <source>Replace saved groups?</source>
        <translation>¿Reemplazar los grupos guardados?</translation>
    </message>
    <message>
        <source>New groups will replace the ones saved for:
{0}</source>
        <translation>Los grupos nuevos reemplazarán a los guardados para:
{0}</translation>
    </message>
    <message>
        <source>Re-run groups</source>
        <translation>Rehacer grupos</translation>
    </message>
    <message>
        <source>Shuffle groups</source>
        <translation>Mezclar grupos</translation>
    </message>
    <message>
        <source>searching… %p% (met before: {0})</source>
        <translation>buscando… %p% (ya coincidieron: {0})</translation>
    </message>
    <message>
        <source>Optimal: no plan can do better.</source>
        <translation>Óptimo: ningún plan puede mejorarlo.</translation>
    </message>
    <message>
        <source>Best found in {0:.1f} s.</source>
        <translation>El mejor encontrado en {0:.1f} s.</translation>
    </message>
</context>
<context>
    <name>GuestListWindow</name>
    <message>
        <source>Who is Session %1: %2 for?</source>
        <translation>¿Para quién es la sesión %1: %2?</translation>
    </message>
    <message>
        <source>The communication schedule writes to these people: the people ticked here, else those whose perspective matches the session&apos;s audience, else everyone on the roster.</source>
        <translation>El calendario de comunicación escribe a estas personas: las marcadas aquí; si no hay ninguna, quienes tienen la perspectiva del público de la sesión; si no, todas las personas de la lista.</translation>
    </message>
    <message>
        <source>&amp;Everyone (or the session&apos;s audience)</source>
        <translation>&amp;Todas las personas (o el público de la sesión)</translation>
    </message>
    <message>
        <source>&amp;Only the people ticked below</source>
        <translation>&amp;Solo las personas marcadas abajo</translation>
    </message>
    <message>
        <source>Perspective to tick</source>
        <translation>Perspectiva que marcar</translation>
    </message>
    <message>
        <source>&amp;Tick this perspective</source>
        <translation>&amp;Marcar esta perspectiva</translation>
    </message>
    <message>
        <source>People on the roster</source>
        <translation>Personas de la lista</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n marcada</numerusform>
            <numerusform>%n marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the guest list</source>
        <translation>Fijar la lista de invitados</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import roster from %1</source>
        <translation>Importar participantes desde %1</translation>
    </message>
    <message>
        <source>Check how each column will be read. Rows match people already on the roster by email, or by name when there is no email; blank cells keep what is there.</source>
        <translation>Compruebe cómo se leerá cada columna. Las filas coinciden con las personas que ya están en la lista por correo electrónico, o por nombre cuando no hay correo; las celdas vacías conservan lo que ya hay.</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Column in file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <source>Imports column %1 as</source>
        <translation>Importa la columna %1 como</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>Who the import adds and updates</source>
        <translation>A quién añade y actualiza la importación</translation>
    </message>
    <message>
        <source>Rejected lines</source>
        <translation>Líneas rechazadas</translation>
    </message>
    <message>
        <source>&amp;Skip rejected rows and import the rest</source>
        <translation>&amp;Omitir las filas rechazadas e importar el resto</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Keep as “%1”</source>
        <translation>Conservar como «%1»</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>%1 to add · %2 to update · %3 unchanged · %4 rejected</source>
        <translation>%1 que añadir · %2 que actualizar · %3 sin cambios · %4 rechazadas</translation>
    </message>
    <message>
        <source>Adds: %1</source>
        <translation>Añade: %1</translation>
    </message>
    <message>
        <source>Updates: %1</source>
        <translation>Actualiza: %1</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Se pueden importar todas las filas.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspectiva</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado de niños</translation>
    </message>
    <message>
        <source>Consent to record</source>
        <translation>Consentimiento para grabar</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Stipend</source>
        <translation>Estipendio</translation>
    </message>
    <message>
        <source>Stipend status</source>
        <translation>Estado del estipendio</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>Función en el equipo</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <source>Live: {0}</source>
        <translation>En vivo: {0}</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Sesión en vivo</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Enter: go to this block. Delete: skip it.</source>
        <translation>Intro: ir a este bloque. Supr: saltarlo.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Descartar aviso</translation>
    </message>
    <message>
        <source>Block heading</source>
        <translation>Encabezado del bloque</translation>
    </message>
    <message>
        <source>Current block</source>
        <translation>Bloque actual</translation>
    </message>
    <message>
        <source>Timer state</source>
        <translation>Estado del cronómetro</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Progress through the block</source>
        <translation>Avance en el bloque</translation>
    </message>
    <message>
        <source>Ahead or behind the plan</source>
        <translation>Adelanto o retraso respecto al plan</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notas para quien facilita</translation>
    </message>
    <message>
        <source>Next block</source>
        <translation>Bloque siguiente</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space)</source>
        <translation>Empezar, pausar o reanudar (Espacio)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous block (P or ←)</source>
        <translation>Bloque anterior (P o ←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next block (N or →)</source>
        <translation>Bloque siguiente (N o →)</translation>
    </message>
    <message>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <source>One minute less for this block (−)</source>
        <translation>Un minuto menos para este bloque (−)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>One minute more for this block (+)</source>
        <translation>Un minuto más para este bloque (+)</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Five minutes more for this block (5)</source>
        <translation>Cinco minutos más para este bloque (5)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip the rest of this block (S)</source>
        <translation>Saltar el resto de este bloque (S)</translation>
    </message>
    <message>
        <source>Absorb delay</source>
        <translation>Absorber retraso</translation>
    </message>
    <message>
        <source>Take the projected overrun out of later flexible blocks (C)</source>
        <translation>Quitar el exceso previsto de los bloques flexibles posteriores (C)</translation>
    </message>
    <message>
        <source>Undo absorb</source>
        <translation>Deshacer absorción</translation>
    </message>
    <message>
        <source>Give the later blocks their time back (Ctrl+Z)</source>
        <translation>Devolver su tiempo a los bloques posteriores (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Presenter screen</source>
        <translation>Pantalla de presentación</translation>
    </message>
    <message>
        <source>Show the presenter screen</source>
        <translation>Mostrar la pantalla de presentación</translation>
    </message>
    <message>
        <source>Show or hide the presenter screen (F)</source>
        <translation>Mostrar u ocultar la pantalla de presentación (F)</translation>
    </message>
    <message>
        <source>Screen for the presenter window</source>
        <translation>Pantalla para la ventana de presentación</translation>
    </message>
    <message>
        <source>Presenter colours</source>
        <translation>Colores de la presentación</translation>
    </message>
    <message>
        <source>Light text on dark</source>
        <translation>Texto claro sobre oscuro</translation>
    </message>
    <message>
        <source>Dark text on light</source>
        <translation>Texto oscuro sobre claro</translation>
    </message>
    <message>
        <source>Show “next up”</source>
        <translation>Mostrar «a continuación»</translation>
    </message>
    <message>
        <source>Show the next block on the presenter screen</source>
        <translation>Mostrar el bloque siguiente en la pantalla de presentación</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Campanilla</translation>
    </message>
    <message>
        <source>Chime at wrap-up and at the end of a block</source>
        <translation>Campanilla al cierre y al final de cada bloque</translation>
    </message>
    <message>
        <source>Message for the presenter screen</source>
        <translation>Mensaje para la pantalla de presentación</translation>
    </message>
    <message>
        <source>Message for the room, e.g. Please return to your tables</source>
        <translation>Mensaje para la sala, p. ej. Por favor, vuelvan a sus mesas</translation>
    </message>
    <message>
        <source>Show message</source>
        <translation>Mostrar mensaje</translation>
    </message>
    <message>
        <source>Show this message on the presenter screen</source>
        <translation>Mostrar este mensaje en la pantalla de presentación</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove the message from the presenter screen</source>
        <translation>Quitar el mensaje de la pantalla de presentación</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Start / pause / resume</source>
        <translation>Empezar / pausar / reanudar</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Bloque anterior</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Un minuto más</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Un minuto menos</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>Cinco minutos más</translation>
    </message>
    <message>
        <source>Skip this block</source>
        <translation>Saltar este bloque</translation>
    </message>
    <message>
        <source>Absorb the delay</source>
        <translation>Absorber el retraso</translation>
    </message>
    <message>
        <source>Start, pause or resume (Space, or Ctrl+Space while typing)</source>
        <translation>Empezar, pausar o reanudar (Espacio, o Ctrl+Espacio mientras escribe)</translation>
    </message>
    <message>
        <source>Next block (N or →, or Ctrl+N while typing)</source>
        <translation>Bloque siguiente (N o →, o Ctrl+N mientras escribe)</translation>
    </message>
    <message>
        <source>Reset this run…</source>
        <translation>Reiniciar esta ejecución…</translation>
    </message>
    <message>
        <source>Forget this run and start again from the first block (after a rehearsal)</source>
        <translation>Olvidar esta ejecución y empezar de nuevo desde el primer bloque (después de un ensayo)</translation>
    </message>
    <message>
        <source>Open this for the session</source>
        <translation>Abrir esto para la sesión</translation>
    </message>
    <message>
        <source>Close this view</source>
        <translation>Cerrar esta vista</translation>
    </message>
    <message>
        <source>Close the live view; the run goes on and F5 brings it back</source>
        <translation>Cerrar la vista en directo; la sesión sigue y F5 la vuelve a abrir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Close presenter screen</source>
        <translation>Cerrar la pantalla de presentación</translation>
    </message>
    <message>
        <source>Open: {0}</source>
        <translation>Abrir: {0}</translation>
    </message>
    <message>
        <source>Show or hide the {0} pane</source>
        <translation>Mostrar u ocultar el panel {0}</translation>
    </message>
    <message>
        <source>Start the session first (Space).</source>
        <translation>Primero empiece la sesión (Espacio).</translation>
    </message>
    <message>
        <source>Reset this run</source>
        <translation>Reiniciar esta ejecución</translation>
    </message>
    <message>
        <source>Forget this run and start again from the first block? Use this after a rehearsal.</source>
        <translation>¿Olvidar esta ejecución y empezar de nuevo desde el primer bloque? Úselo después de un ensayo.</translation>
    </message>
    <message>
        <source>The message will show when the presenter screen is on (F).</source>
        <translation>El mensaje se mostrará cuando la pantalla de presentación esté activa (F).</translation>
    </message>
    <message>
        <source>This session was deleted.</source>
        <translation>Esta sesión se eliminó.</translation>
    </message>
    <message>
        <source>This session was under way when the app closed (last action at {0}). The timer kept running: “{1}”, {2} on the clock.</source>
        <translation>Esta sesión estaba en marcha cuando se cerró la aplicación (última acción a las {0}). El cronómetro siguió corriendo: «{1}», {2} en el reloj.</translation>
    </message>
    <message>
        <source>This session was paused when the app closed (last action at {0}): “{1}”, {2} left. Press Space to resume.</source>
        <translation>Esta sesión estaba en pausa cuando se cerró la aplicación (última acción a las {0}): «{1}», quedan {2}. Pulse Espacio para reanudar.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source> · ran {0}</source>
        <translation> · duró {0}</translation>
    </message>
    <message>
        <source>{0} (skipped)</source>
        <translation>{0} (saltado)</translation>
    </message>
    <message>
        <source>Not started — press Space to start</source>
        <translation>Sin empezar: pulse Espacio para empezar</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Finished at {0}</source>
        <translation>Terminó a las {0}</translation>
    </message>
    <message>
        <source>▲ Time to wrap up</source>
        <translation>▲ Hora de cerrar</translation>
    </message>
    <message>
        <source>■ Over time</source>
        <translation>■ Tiempo excedido</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>Planned and actual</source>
        <translation>Previsto y real</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>No prompts for this block.</source>
        <translation>No hay preguntas para este bloque.</translation>
    </message>
    <message>
        <source>Materials: {0}</source>
        <translation>Materiales: {0}</translation>
    </message>
    <message>
        <source>No notes for this block.</source>
        <translation>No hay notas para este bloque.</translation>
    </message>
    <message>
        <source>Next: {0} ({1} min)</source>
        <translation>Siguiente: {0} ({1} min)</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Siguiente: el final</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>{0}: planned {1} min, ran {2}</source>
        <translation>{0}: previsto {1} min, duró {2}</translation>
    </message>
    <message>
        <source>Planned {0} min; the blocks ran {1}, and the session took {2} with pauses.</source>
        <translation>Previsto {0} min; los bloques duraron {1} y la sesión llevó {2} con las pausas.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New series…</source>
        <translation>&amp;Nueva serie…</translation>
    </message>
    <message>
        <source>Start a series from a template or blank</source>
        <translation>Empezar una serie desde una plantilla o en blanco</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <source>Add a series from a file exported by Facilitator</source>
        <translation>Añadir una serie desde un archivo exportado por Facilitator</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exportar JSON…</translation>
    </message>
    <message>
        <source>Save the current series to a file</source>
        <translation>Guardar la serie actual en un archivo</translation>
    </message>
    <message>
        <source>Save session as &amp;template…</source>
        <translation>Guardar la sesión como &amp;plantilla…</translation>
    </message>
    <message>
        <source>Keep this session&apos;s agenda as a template for new series</source>
        <translation>Guardar la agenda de esta sesión como plantilla para series nuevas</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Put back an earlier copy of this workspace</source>
        <translation>Recuperar una copia anterior de este espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Language, paper, live timer warning, data folder and backups</source>
        <translation>Idioma, papel, aviso del cronómetro, carpeta de datos y copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <source>Undo the last change on this page</source>
        <translation>Deshacer el último cambio de esta página</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rehacer el cambio que se acaba de deshacer</translation>
    </message>
    <message>
        <source>All &amp;series</source>
        <translation>Todas las &amp;series</translation>
    </message>
    <message>
        <source>Go to the list of every series</source>
        <translation>Ir a la lista de todas las series</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go up one level</source>
        <translation>Subir un nivel</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Make all text larger, for a projector</source>
        <translation>Agrandar todo el texto, para un proyector</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>Make all text smaller</source>
        <translation>Achicar todo el texto</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>Go back to the usual text size</source>
        <translation>Volver al tamaño de texto habitual</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>The four steps: plan, roster, run, print</source>
        <translation>Los cuatro pasos: planificar, participantes, dirigir, imprimir</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Ver todos los atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Acerca de Facilitator</translation>
    </message>
    <message>
        <source>Version and where the workspace file is</source>
        <translation>Versión y ubicación del archivo del espacio de trabajo</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Está aquí</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Todas las series</translation>
    </message>
    <message>
        <source>There is no series to export yet.</source>
        <translation>Aún no hay ninguna serie que exportar.</translation>
    </message>
    <message>
        <source>Restored the copy {0}.</source>
        <translation>Se restauró la copia {0}.</translation>
    </message>
    <message>
        <source>Open the selected series or session</source>
        <translation>Abrir la serie o la sesión seleccionada</translation>
    </message>
    <message>
        <source>Move between fields and lists</source>
        <translation>Moverse entre campos y listas</translation>
    </message>
    <message>
        <source>Quit Facilitator</source>
        <translation>Salir de Facilitator</translation>
    </message>
    <message>
        <source>Close Facilitator and these windows?
{0}

Everything is saved. A session under way keeps its time and opens again with the app.</source>
        <translation>¿Cerrar Facilitator y estas ventanas?
{0}

Todo está guardado. Una sesión en curso conserva su tiempo y se vuelve a abrir con la aplicación.</translation>
    </message>
    <message>
        <source>Edit the current agenda cell</source>
        <translation>Editar la celda actual de la agenda</translation>
    </message>
    <message>
        <source>Close Facilitator and all its windows (everything is already saved)</source>
        <translation>Cerrar Facilitator y todas sus ventanas (todo está ya guardado)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>Acerca de Facilitator</translation>
    </message>
    <message>
        <source>Facilitator plans, runs and synthesises dialogue series, offline.

Everything is saved as you go, in one workspace file:
{0}</source>
        <translation>Facilitator planifica, dirige y sintetiza series de diálogo, sin conexión.

Todo se guarda sobre la marcha, en un único archivo de espacio de trabajo:
{0}</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <source>Merge fields: </source>
        <translation>Campos de combinación: </translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>Guardar &amp;plantilla</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Volver al original</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>&amp;Copiar mensaje</translation>
    </message>
    <message>
        <source>&amp;Write drafts (.eml)…</source>
        <translation>&amp;Escribir borradores (.eml)…</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>S&amp;esión:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Summary of the &amp;whole series (not only this session)</source>
        <translation>Resumen de &amp;toda la serie (no solo de esta sesión)</translation>
    </message>
    <message>
        <source>Summary of the whole series</source>
        <translation>Resumen de toda la serie</translation>
    </message>
    <message>
        <source>: send on %1</source>
        <translation>: enviar el %1</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (editada)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>No participants on the roster yet.</source>
        <translation>Aún no hay participantes en la lista.</translation>
    </message>
    <message>
        <source>Edit message “%1”</source>
        <translation>Editar el mensaje «%1»</translation>
    </message>
    <message>
        <source>Reset message “%1”</source>
        <translation>Restablecer el mensaje «%1»</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Carpeta para los borradores</translation>
    </message>
    <message>
        <source>Drafts written</source>
        <translation>Borradores escritos</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) written to %1, with mail-merge.csv beside them. Open them in your mail program to send.</source>
        <translation>
            <numerusform>%n borrador escrito en %1, con mail-merge.csv al lado. Ábralo en su programa de correo para enviarlo.</numerusform>
            <numerusform>%n borradores escritos en %1, con mail-merge.csv al lado. Ábralos en su programa de correo para enviarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Reminder the day before</source>
        <translation>Recordatorio el día anterior</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Reminder on the day</source>
        <translation>Recordatorio el mismo día</translation>
    </message>
    <message>
        <source>Thank-you with summary</source>
        <translation>Agradecimiento con resumen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Resultado combinado</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Volver al original</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar mensaje</translation>
    </message>
    <message>
        <source>Write drafts</source>
        <translation>Escribir borradores</translation>
    </message>
</context>
<context>
    <name>NewSeriesDialog</name>
    <message>
        <source>New series</source>
        <translation>Nueva serie</translation>
    </message>
    <message>
        <source>Start from a template and adjust it, or start blank.</source>
        <translation>Empiece desde una plantilla y ajústela, o empiece en blanco.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Series title</source>
        <translation>Título de la serie</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Empieza el:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Create series</source>
        <translation>Crear serie</translation>
    </message>
    <message>
        <source>Some templates could not be read and are not listed:</source>
        <translation>Algunas plantillas no se pudieron leer y no aparecen:</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Tension</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Aha</source>
        <translation>Revelación</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ofrecimiento</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Aparcamiento</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
</context>
<context>
    <name>OffersBoard</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session {n}: {title}</source>
        <translation>Sesión {n}: {title}</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofrecimientos</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
</context>
<context>
    <name>PerspectivesDialog</name>
    <message>
        <source>Perspectives in this series</source>
        <translation>Perspectivas de esta serie</translation>
    </message>
    <message>
        <source>One perspective or stakeholder group per line. People keep their perspective if you remove it from the list.</source>
        <translation>Una perspectiva o grupo de interés por línea. Cada persona conserva su perspectiva aunque la quite de la lista.</translation>
    </message>
    <message>
        <source>Perspectives, one per line</source>
        <translation>Perspectivas, una por línea</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenter screen</source>
        <translation>Pantalla de presentación</translation>
    </message>
    <message>
        <source>Message to the room</source>
        <translation>Mensaje para la sala</translation>
    </message>
    <message>
        <source>Current block</source>
        <translation>Bloque actual</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Timer state</source>
        <translation>Estado del cronómetro</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Next up: {0}</source>
        <translation>A continuación: {0}</translation>
    </message>
    <message>
        <source>{0}/{1} · next page in {2} s</source>
        <translation>{0}/{1} · página siguiente en {2} s</translation>
    </message>
    <message>
        <source>■ Over time</source>
        <translation>■ Tiempo excedido</translation>
    </message>
    <message>
        <source>▲ Time to wrap up</source>
        <translation>▲ Hora de cerrar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>PrintSharePage</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Print and share</source>
        <translation>Imprimir y compartir</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>A copy of this workspace is taken each time it opens after a change. Restoring replaces what is in the workspace now; the current state is kept as a backup first, so you can come back to it.</source>
        <translation>Cada vez que este espacio de trabajo se abre después de un cambio se guarda una copia. Restaurar reemplaza lo que hay ahora en el espacio de trabajo; el estado actual se guarda antes como copia, así que puede volver a él.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>No backups yet: the first is taken the next time this workspace opens after a change, or with “Take a backup now”.</source>
        <translation>Aún no hay copias: la primera se toma la próxima vez que este espacio de trabajo se abra después de un cambio, o con «Hacer una copia ahora».</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <source>&amp;Take a backup now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Take a backup now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>Replace everything in this workspace with the backup from {when} ({series} series)? The current state is kept as a backup first.</source>
        <translation>¿Reemplazar todo lo que hay en este espacio de trabajo por la copia del {when} ({series} series)? El estado actual se guarda antes como copia.</translation>
    </message>
</context>
<context>
    <name>RoomWindow</name>
    <message>
        <source>Groups · Session {0}: {1}</source>
        <translation>Grupos · Sesión {0}: {1}</translation>
    </message>
    <message>
        <source>Breakout &amp;groups</source>
        <translation>&amp;Grupos de trabajo</translation>
    </message>
    <message>
        <source>&amp;Fishbowl</source>
        <translation>&amp;Pecera</translation>
    </message>
    <message>
        <source>&amp;Seating</source>
        <translation>&amp;Asientos</translation>
    </message>
    <message>
        <source>Presenter screen</source>
        <translation>Pantalla de presentación</translation>
    </message>
    <message>
        <source>Open this session&apos;s live view (Run live) to show pages on the presenter screen.</source>
        <translation>Abra la vista en vivo de esta sesión (Dirigir en vivo) para mostrar páginas en la pantalla de presentación.</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspectiva</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Team role</source>
        <translation>Función en el equipo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>Necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Dietary</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Cuidado de niños</translation>
    </message>
    <message>
        <source>Consent to record</source>
        <translation>Consentimiento para grabar</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Stipend</source>
        <translation>Estipendio</translation>
    </message>
    <message>
        <source>Stipend status</source>
        <translation>Estado del estipendio</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>facilitación</translation>
    </message>
    <message>
        <source>note-taker</source>
        <translation>toma de notas</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>intérprete</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>con su nombre</translation>
    </message>
    <message>
        <source>organization only</source>
        <translation>solo la organización</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Search names, emails, organizations, languages…</source>
        <translation>Buscar nombres, correos, organizaciones, idiomas…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Buscar en la lista</translation>
    </message>
    <message>
        <source>Filter by perspective</source>
        <translation>Filtrar por perspectiva</translation>
    </message>
    <message>
        <source>Filter by organization</source>
        <translation>Filtrar por organización</translation>
    </message>
    <message>
        <source>Filter by team role</source>
        <translation>Filtrar por función en el equipo</translation>
    </message>
    <message>
        <source>Filter by attendance</source>
        <translation>Filtrar por asistencia</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Añadir persona</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected participants</source>
        <translation>Eliminar los participantes seleccionados</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a roster file</source>
        <translation>Importar un archivo de participantes</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the roster as CSV</source>
        <translation>Exportar la lista como CSV</translation>
    </message>
    <message>
        <source>&amp;Perspectives…</source>
        <translation>&amp;Perspectivas…</translation>
    </message>
    <message>
        <source>Edit the series&apos; list of perspectives</source>
        <translation>Editar la lista de perspectivas de la serie</translation>
    </message>
    <message>
        <source>All perspectives</source>
        <translation>Todas las perspectivas</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Todas las organizaciones</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas las funciones</translation>
    </message>
    <message>
        <source>Any attendance</source>
        <translation>Cualquier asistencia</translation>
    </message>
    <message>
        <source>Here at session %1</source>
        <translation>Presente en la sesión %1</translation>
    </message>
    <message>
        <source>Missed session %1</source>
        <translation>Faltó a la sesión %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitación</translation>
    </message>
    <message>
        <source>Note-takers</source>
        <translation>Toma de notas</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <source>%1 participants · %2 team</source>
        <translation>%1 participantes · %2 del equipo</translation>
    </message>
    <message>
        <source>stipends %1 (%2 paid)</source>
        <translation>estipendios %1 (%2 pagados)</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Se muestran %1 de %2</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Participante nuevo</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Eliminar %n participante</numerusform>
            <numerusform>Eliminar %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar una lista de participantes</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>Exportar la lista de participantes</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n people</source>
        <translation>
            <numerusform>Se exportó %n persona</numerusform>
            <numerusform>Se exportaron %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit perspectives</source>
        <translation>Editar perspectivas</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitación</translation>
    </message>
    <message>
        <source>Note-taker</source>
        <translation>Persona que toma notas</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Run &amp;live</source>
        <translation>Dirigir en &amp;vivo</translation>
    </message>
    <message>
        <source>Run this session with a timer and a presenter screen (F5)</source>
        <translation>Dirigir esta sesión con cronómetro y pantalla de presentación (F5)</translation>
    </message>
    <message>
        <source>Breakout &amp;groups</source>
        <translation>&amp;Grupos de trabajo</translation>
    </message>
    <message>
        <source>Breakout groups, fishbowl and seating</source>
        <translation>Grupos de trabajo, pecera y asientos</translation>
    </message>
    <message>
        <source>Fish&amp;bowl</source>
        <translation>&amp;Pecera</translation>
    </message>
    <message>
        <source>Run the fishbowl: seats, queue and airtime</source>
        <translation>Dirigir la pecera: sillas, turno de palabra y tiempo de cada voz</translation>
    </message>
    <message>
        <source>Sea&amp;ting</source>
        <translation>A&amp;sientos</translation>
    </message>
    <message>
        <source>Tables and who sits where</source>
        <translation>Mesas y quién se sienta dónde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Notes &amp;&amp; synthesis</source>
        <translation>&amp;Notas y síntesis</translation>
    </message>
    <message>
        <source>Take &amp;notes</source>
        <translation>Tomar &amp;notas</translation>
    </message>
    <message>
        <source>Open the note capture box for this session</source>
        <translation>Abrir el cuadro de captura de notas de esta sesión</translation>
    </message>
    <message>
        <source>&amp;Print &amp;&amp; share</source>
        <translation>&amp;Imprimir y compartir</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro de llegada</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>&amp;Registro de llegada</translation>
    </message>
    <message>
        <source>Check people in as they arrive</source>
        <translation>Registrar la llegada de las personas</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Guest list</source>
        <translation>Lista de invitados</translation>
    </message>
    <message>
        <source>G&amp;uest list</source>
        <translation>Lista de &amp;invitados</translation>
    </message>
    <message>
        <source>Who this session is for: who the messages go to</source>
        <translation>Para quién es esta sesión: a quién van los mensajes</translation>
    </message>
</context>
<context>
    <name>SeatCircle</name>
    <message>
        <source>Inner circle</source>
        <translation>Círculo interior</translation>
    </message>
    <message>
        <source>Seat {0}</source>
        <translation>Asiento {0}</translation>
    </message>
    <message>
        <source>empty chair</source>
        <translation>silla vacía</translation>
    </message>
    <message>
        <source>open</source>
        <translation>libre</translation>
    </message>
</context>
<context>
    <name>SeriesListPage</name>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Each series is a set of sessions with one purpose. Press Enter to open one.</source>
        <translation>Cada serie es un conjunto de sesiones con un propósito. Pulse Intro para abrir una.</translation>
    </message>
    <message>
        <source>Series list</source>
        <translation>Lista de series</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No series yet. Choose “New series…” to start from a template, or “Import JSON…” to bring in a series exported on another laptop.</source>
        <translation>Aún no hay series. Elija «Nueva serie…» para empezar desde una plantilla, o «Importar JSON…» para traer una serie exportada en otro portátil.</translation>
    </message>
    <message>
        <source>&amp;New series…</source>
        <translation>&amp;Nueva serie…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>&amp;Exportar JSON…</translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>Eliminar serie</translation>
    </message>
    <message>
        <source>Created “{0}”.</source>
        <translation>Se creó «{0}».</translation>
    </message>
    <message>
        <source>Delete “{0}” with all its sessions and agendas? This cannot be undone.</source>
        <translation>¿Eliminar «{0}» con todas sus sesiones y agendas? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation>Se eliminó «{0}».</translation>
    </message>
    <message>
        <source>Import series</source>
        <translation>Importar serie</translation>
    </message>
    <message>
        <source>Series files (*.json);;All files (*)</source>
        <translation>Archivos de serie (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported {0}.</source>
        <translation>Se importó {0}.</translation>
    </message>
    <message>
        <source>Export series</source>
        <translation>Exportar serie</translation>
    </message>
    <message>
        <source>Series files (*.json)</source>
        <translation>Archivos de serie (*.json)</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Exportado a {0}.</translation>
    </message>
</context>
<context>
    <name>SeriesOverview</name>
    <message>
        <source>One goal per line</source>
        <translation>Un objetivo por línea</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Series title</source>
        <translation>Título de la serie</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Top&amp;ic:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>P&amp;ropósito:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>Goals, one per line</source>
        <translation>Objetivos, uno por línea</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Time&amp;line:</source>
        <translation>Ca&amp;lendario:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Synthesis hours planned</source>
        <translation>Horas de síntesis previstas</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>previstas</translation>
    </message>
    <message>
        <source>Synthesis hours spent</source>
        <translation>Horas de síntesis dedicadas</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>dedicadas</translation>
    </message>
    <message>
        <source>S&amp;ynthesis hours:</source>
        <translation>Horas de s&amp;íntesis:</translation>
    </message>
    <message>
        <source>About this series</source>
        <translation>Sobre esta serie</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>This series has no sessions yet. Choose “Add session” to plan the first one.</source>
        <translation>Esta serie aún no tiene sesiones. Elija «Añadir sesión» para planificar la primera.</translation>
    </message>
    <message>
        <source>Open &amp;agenda</source>
        <translation>Abrir la &amp;agenda</translation>
    </message>
    <message>
        <source>A&amp;dd session</source>
        <translation>Aña&amp;dir sesión</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Eliminar sesión…</translation>
    </message>
    <message>
        <source>&amp;More for this session</source>
        <translation>Más para esta sesión</translation>
    </message>
    <message>
        <source>More for this session</source>
        <translation>Más para esta sesión</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>Press Enter or double-click a session to edit its agenda. A red card&apos;s agenda is longer or shorter than planned.</source>
        <translation>Pulse Intro o haga doble clic en una sesión para editar su agenda. Una tarjeta roja tiene una agenda más larga o más corta de lo previsto.</translation>
    </message>
    <message>
        <source>That series was deleted.</source>
        <translation>Esa serie se eliminó.</translation>
    </message>
    <message>
        <source>Edit series title</source>
        <translation>Editar el título de la serie</translation>
    </message>
    <message>
        <source>Edit topic</source>
        <translation>Editar el tema</translation>
    </message>
    <message>
        <source>Edit purpose</source>
        <translation>Editar el propósito</translation>
    </message>
    <message>
        <source>Edit goals</source>
        <translation>Editar los objetivos</translation>
    </message>
    <message>
        <source>Change format</source>
        <translation>Cambiar el formato</translation>
    </message>
    <message>
        <source>Edit timeline</source>
        <translation>Editar el calendario</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Edit synthesis hours</source>
        <translation>Editar las horas de síntesis</translation>
    </message>
    <message>
        <source>Session {0}</source>
        <translation>Sesión {0}</translation>
    </message>
    <message>
        <source>Added session {0}.</source>
        <translation>Se añadió la sesión {0}.</translation>
    </message>
    <message>
        <source>Delete “{0}” and its agenda? This cannot be undone.</source>
        <translation>¿Eliminar «{0}» y su agenda? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <translation>Se eliminó {0}.</translation>
    </message>
</context>
<context>
    <name>SeriesView</name>
    <message>
        <source>Series sections</source>
        <translation>Secciones de la serie</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>This page could not open: {0}</source>
        <translation>Esta página no se pudo abrir: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Wrap-up warning before a block ends, in minutes</source>
        <translation>Aviso de cierre antes de que termine un bloque, en minutos</translation>
    </message>
    <message>
        <source>Play a &amp;chime at wrap-up and at the end of a block</source>
        <translation>&amp;Campanilla al cierre y al final de cada bloque</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elegir la carpeta de datos</translation>
    </message>
    <message>
        <source>Ana López &lt;ana@example.org&gt;</source>
        <translation>Ana López &lt;ana@example.org&gt;</translation>
    </message>
    <message>
        <source>From address of message drafts</source>
        <translation>Dirección del remitente de los borradores</translation>
    </message>
    <message>
        <source>&amp;Keep a backup each time the workspace opens after a change</source>
        <translation>&amp;Copia de seguridad al abrir, si hubo cambios</translation>
    </message>
    <message>
        <source>Newest backups to keep</source>
        <translation>Copias más recientes que conservar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Wrap-up warning:</source>
        <translation>&amp;Aviso de cierre:</translation>
    </message>
    <message>
        <source>&amp;From (messages):</source>
        <translation>&amp;Remitente (mensajes):</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>Copias que &amp;conservar:</translation>
    </message>
    <message>
        <source>A new language or data folder takes effect the next time Facilitator starts.</source>
        <translation>Un nuevo idioma o carpeta de datos se aplica la próxima vez que se inicie Facilitator.</translation>
    </message>
</context>
<context>
    <name>SynthesisWorkspace</name>
    <message>
        <source>Synthesis</source>
        <translation>Síntesis</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Temas</translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation>&amp;Balance</translation>
    </message>
    <message>
        <source>&amp;Values framework</source>
        <translation>Marco de &amp;valores</translation>
    </message>
    <message>
        <source>Needs, &amp;offers &amp;&amp; requests</source>
        <translation>Necesidades, &amp;ofrecimientos y peticiones</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>&amp;Pack for note-takers…</source>
        <translation>&amp;Empaquetar para quienes toman notas…</translation>
    </message>
    <message>
        <source>Write a file a note-taker&apos;s laptop joins from</source>
        <translation>Escribir un archivo desde el que se une el portátil de quien toma notas</translation>
    </message>
    <message>
        <source>&amp;Join from a pack…</source>
        <translation>&amp;Unirse desde un paquete…</translation>
    </message>
    <message>
        <source>Put a series packed on the lead&apos;s laptop in this workspace</source>
        <translation>Poner en este espacio de trabajo una serie empaquetada en el portátil de quien coordina</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Merge the other laptops&apos; files, then write this laptop&apos;s</source>
        <translation>Fusionar los archivos de los otros portátiles y luego escribir el de este</translation>
    </message>
    <message>
        <source>Sync with a &amp;folder…</source>
        <translation>Sincronizar con una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose the USB stick or shared folder to sync through</source>
        <translation>Elegir la memoria USB o la carpeta compartida para sincronizar</translation>
    </message>
    <message>
        <source>Team s&amp;tatus…</source>
        <translation>Es&amp;tado del equipo…</translation>
    </message>
    <message>
        <source>Laptops, last syncs, and every field where two edits met</source>
        <translation>Portátiles, últimas sincronizaciones y cada campo donde se cruzaron dos ediciones</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Team (%n new)</source>
        <translation>
            <numerusform>&amp;Equipo (%n nueva)</numerusform>
            <numerusform>&amp;Equipo (%n nuevas)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync now — new from {0}</source>
        <translation>&amp;Sincronizar ahora — novedades de {0}</translation>
    </message>
    <message>
        <source>Pack for note-takers</source>
        <translation>Empaquetar para quienes toman notas</translation>
    </message>
    <message>
        <source>Team files (*.fteam)</source>
        <translation>Archivos de equipo (*.fteam)</translation>
    </message>
    <message>
        <source>Packed to {0}. Each note-taker joins from it (Team › Join).</source>
        <translation>Empaquetado en {0}. Cada persona que toma notas se une desde él (Equipo › Unirse).</translation>
    </message>
    <message>
        <source>Join from a pack</source>
        <translation>Unirse desde un paquete</translation>
    </message>
    <message>
        <source>This laptop&apos;s name in the team (e.g. Table 3, or your name):</source>
        <translation>Nombre de este portátil en el equipo (p. ej. Mesa 3, o su nombre):</translation>
    </message>
    <message>
        <source>Joined as {0}.</source>
        <translation>Unido como {0}.</translation>
    </message>
    <message>
        <source>Sync through which folder?</source>
        <translation>¿Sincronizar a través de qué carpeta?</translation>
    </message>
    <message>
        <source>Syncing through {0}…</source>
        <translation>Sincronizando a través de {0}…</translation>
    </message>
    <message>
        <source>nobody new</source>
        <translation>nadie nuevo</translation>
    </message>
    <message>
        <source>Synced. Merged from: {0}.</source>
        <translation>Sincronizado. Fusionado desde: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s): {0}</source>
        <translation>
            <numerusform>Se omitió %n archivo: {0}</numerusform>
            <numerusform>Se omitieron %n archivos: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamStatusDialog</name>
    <message>
        <source>Team status</source>
        <translation>Estado del equipo</translation>
    </message>
    <message>
        <source>Deleted notes (select one and press Bring back):</source>
        <translation>Notas eliminadas (seleccione una y pulse Recuperar):</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>This laptop: {0} ({1}). Last sync: {2}. Folder: {3}</source>
        <translation>Este portátil: {0} ({1}). Última sincronización: {2}. Carpeta: {3}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>{0} — {1}, {2} notes, last sync {3}</source>
        <translation>{0} — {1}, {2} notas, última sincronización {3}</translation>
    </message>
    <message>
        <source>New in the folder from: {0}</source>
        <translation>Novedades en la carpeta de: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Where two edits met (%n):</source>
        <translation>
            <numerusform>Donde se cruzaron dos ediciones (%n):</numerusform>
            <numerusform>Donde se cruzaron dos ediciones (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>now: {0}</source>
        <translation>ahora: {0}</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>coordinación</translation>
    </message>
    <message>
        <source>note-taker</source>
        <translation>toma de notas</translation>
    </message>
</context>
<context>
    <name>ThemeBoard</name>
    <message>
        <source>Search notes</source>
        <translation>Buscar notas</translation>
    </message>
    <message>
        <source>Only notes of this kind</source>
        <translation>Solo notas de este tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Only notes of this session</source>
        <translation>Solo notas de esta sesión</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Sesiones: todas</translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation>Sesión {n}</translation>
    </message>
    <message>
        <source>Only notes on this theme</source>
        <translation>Solo notas de este tema</translation>
    </message>
    <message>
        <source>Only notes of this group</source>
        <translation>Solo notas de este grupo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Suggested theme for the selected note</source>
        <translation>Tema sugerido para la nota seleccionada</translation>
    </message>
    <message>
        <source>Add to suggested theme</source>
        <translation>Añadir al tema sugerido</translation>
    </message>
    <message>
        <source>&amp;New theme</source>
        <translation>&amp;Nuevo tema</translation>
    </message>
    <message>
        <source>Add &amp;to theme</source>
        <translation>Añadir &amp;al tema</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Eliminar tema</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Choose a theme</source>
        <translation>Elija un tema</translation>
    </message>
    <message>
        <source>Notes on the chosen theme; check a note to mark it illustrative</source>
        <translation>Notas del tema elegido; marque una nota para destacarla como ilustrativa</translation>
    </message>
    <message>
        <source>Take off theme</source>
        <translation>Quitar del tema</translation>
    </message>
    <message>
        <source>&amp;Split into new theme…</source>
        <translation>&amp;Dividir en un tema nuevo…</translation>
    </message>
    <message>
        <source>Trends: notes per theme and stakeholder group (darker: more)</source>
        <translation>Tendencias: notas por tema y grupo de interés (más oscuro: más notas)</translation>
    </message>
    <message>
        <source>Count notes by</source>
        <translation>Contar notas por</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de interés</translation>
    </message>
    <message>
        <source>Session audience</source>
        <translation>Público de la sesión</translation>
    </message>
    <message>
        <source>Quote perspective</source>
        <translation>Perspectiva de la cita</translation>
    </message>
    <message>
        <source>Breakout group</source>
        <translation>Grupo de trabajo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Count &amp;by:</source>
        <translation>Contar &amp;por:</translation>
    </message>
    <message>
        <source>Notes per theme and stakeholder group</source>
        <translation>Notas por tema y grupo de interés</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Cualquier tema</translation>
    </message>
    <message>
        <source>Not on a theme yet</source>
        <translation>Aún sin tema</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Grupos: todos</translation>
    </message>
    <message>
        <source>Might belong to “{title}”: {reason}</source>
        <translation>Podría ir en «{title}»: {reason}</translation>
    </message>
    <message>
        <source>Add to “{title}”</source>
        <translation>Añadir a «{title}»</translation>
    </message>
    <message>
        <source>{title}: check the illustrative quotes</source>
        <translation>{title}: revise las citas ilustrativas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Session {n}: {count}</source>
        <translation>Sesión {n}: {count}</translation>
    </message>
    <message>
        <source>Add notes to theme</source>
        <translation>Añadir notas al tema</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>Theme title:</source>
        <translation>Título del tema:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Add to theme</source>
        <translation>Añadir al tema</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Renombrar tema</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionar con</translation>
    </message>
    <message>
        <source>Merge themes</source>
        <translation>Fusionar temas</translation>
    </message>
    <message>
        <source>Take notes off theme</source>
        <translation>Quitar notas del tema</translation>
    </message>
    <message>
        <source>Split theme</source>
        <translation>Dividir tema</translation>
    </message>
    <message>
        <source>Title of the new theme:</source>
        <translation>Título del tema nuevo:</translation>
    </message>
    <message>
        <source>Mark illustrative</source>
        <translation>Marcar como ilustrativa</translation>
    </message>
</context>
<context>
    <name>ThemeCardDelegate</name>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>{n} notes</source>
        <translation>{n} notas</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>This workspace is open read-only: its file or folder cannot be written to, so changes are refused.</source>
        <translation>Este espacio de trabajo está abierto en solo lectura: no se puede escribir en su archivo o carpeta, así que se rechazan los cambios.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Session {0} · {1}</source>
        <translation>Sesión {0} · {1}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Agenda: {0} in {1} blocks, {2}</source>
        <translation>Agenda: {0} en {1} bloques, {2}</translation>
    </message>
    <message>
        <source>No agenda yet</source>
        <translation>Sin agenda</translation>
    </message>
</context>
</TS>
