"""Spanish for the fixed labels of printed documents (see ``facilitator.i18n``); keys are the English."""

SPANISH = {
    # dates
    "{weekday} {day} {month} {year}": "{weekday} {day} de {month} de {year}",
    "Monday": "lunes", "Tuesday": "martes", "Wednesday": "miércoles", "Thursday": "jueves", "Friday": "viernes",
    "Saturday": "sábado", "Sunday": "domingo",
    "January": "enero", "February": "febrero", "March": "marzo", "April": "abril", "May": "mayo", "June": "junio",
    "July": "julio", "August": "agosto", "September": "septiembre", "October": "octubre", "November": "noviembre",
    "December": "diciembre",
    # document titles
    "Facilitator run-sheet": "Guion de facilitación",
    "Participant agenda": "Agenda para participantes",
    "Group assignments": "Asignación de grupos",
    "Seating chart": "Plano de asientos",
    "Name tents": "Identificadores de mesa",
    "Sign-in sheet": "Hoja de registro",
    "Fishbowl seat cards": "Tarjetas de asiento de la pecera",
    "Session summary (internal)": "Resumen de la sesión (interno)",
    "Session summary": "Resumen de la sesión",
    "Values framework": "Marco de valores",
    # every page
    "Page {number} of {total}": "Página {number} de {total}",
    "Session {number}: {title}": "Sesión {number}: {title}",
    "In person": "Presencial", "Virtual": "Virtual", "Hybrid": "Híbrida",
    # run-sheet and agenda
    "Planned {planned}; agenda adds up to {total}": "Previsto: {planned}; la agenda suma {total}",
    " ({over} over).": " ({over} de más).",
    "Facilitator: {name}": "Facilitación: {name}",
    "Objectives": "Objetivos",
    "Agenda": "Agenda",
    "Time": "Hora", "Min": "Min", "Block, prompts and notes": "Bloque, preguntas y notas", "Format": "Formato",
    "This session has no agenda yet.": "Esta sesión aún no tiene agenda.",
    "Materials checklist": "Lista de materiales",
    "Note:": "Nota:", "Materials:": "Materiales:",
    "Why we are here": "Por qué estamos aquí",
    "The agenda will be shared on the day.": "La agenda se compartirá el mismo día.",
    "Community agreements": "Acuerdos de convivencia",
    "Listen to understand, not to reply.": "Escuchar para comprender, no para responder.",
    "Speak for yourself, from your own experience.": "Hablar en primera persona, desde la propia experiencia.",
    "Stories shared here stay here; what we learn can leave.":
        "Las historias compartidas aquí se quedan aquí; lo que aprendemos puede salir.",
    "Lean into discomfort, and step back so others can step in.":
        "Aceptar la incomodidad, y dar un paso atrás para que otras personas puedan dar un paso adelante.",
    "Disagree with ideas, never with a person's worth.":
        "Discrepar de las ideas, nunca del valor de una persona.",
    # agenda block kinds
    "Welcome": "Bienvenida", "Pairs": "Parejas", "Triads": "Tríos", "Small groups": "Grupos pequeños",
    "Fishbowl": "Pecera", "Large group": "Grupo completo", "Break": "Descanso", "Meal": "Comida",
    "Provocation round": "Ronda de provocación", "Reflection": "Reflexión", "Closing": "Cierre", "Other": "Otro",
    # groups and seating
    "Find your group": "Encuentre su grupo",
    "Everyone in alphabetical order.": "Todas las personas por orden alfabético.",
    "Group": "Grupo", "Groups": "Grupos", "Name": "Nombre",
    "No one assigned yet.": "Aún no hay nadie asignado.",
    "Round {number}": "Ronda {number}",
    "Table {label}": "Mesa {label}",
    "Who sits where": "Quién se sienta dónde",
    "Front of room": "Frente de la sala",
    "fold": "doblar",
    "No one is on the roster yet.": "Aún no hay nadie en la lista de participantes.",
    "FISHBOWL SEAT": "ASIENTO DE LA PECERA",
    "This series has no perspectives yet.": "Esta serie aún no tiene perspectivas.",
    # sign-in
    "Organization": "Organización", "Signature": "Firma", "OK to record?": "¿Acepta la grabación?",
    "Please sign next to your name and tick whether you agree to this session being recorded. Recordings are "
    "used only to write accurate notes; quotes are never attributed to you.":
        "Firme junto a su nombre e indique si acepta que se grabe esta sesión. Las grabaciones solo se usan para "
        "tomar notas precisas; las citas nunca se le atribuyen.",
    # summaries
    "Internal: for the facilitation team only. Contains names.":
        "Interno: solo para el equipo de facilitación. Contiene nombres.",
    "Attendance": "Asistencia", "Present": "Presentes", "Absent": "Ausentes", "Not checked in": "Sin registrar",
    "Themes": "Temas", "Theme": "Tema", "Notes": "Notas", "Activity": "Actividad", "Note": "Nota", "By": "De",
    "No themes yet.": "Aún no hay temas.",
    "Debrief": "Balance",
    "No notes yet.": "Aún no hay notas.",
    "What we heard": "Lo que escuchamos",
    "Themes will be shared once the notes are synthesised.": "Los temas se compartirán cuando se sinteticen las notas.",
    "Quotes are shared without names and are not attributed to any person.":
        "Las citas se comparten sin nombres y no se atribuyen a ninguna persona.",
    "Acknowledgements": "Agradecimientos",
    "We thank everyone who gave their time and honesty to these conversations, including:":
        "Damos las gracias a todas las personas que dedicaron su tiempo y su sinceridad a estas conversaciones, "
        "entre ellas:",
    "Organizations:": "Organizaciones:",
    # breakout rounds
    "pairs": "parejas", "triads": "tríos", "groups of {size}": "grupos de {size}", "{count} groups": "{count} grupos",
    "Session {number}: round {round}": "Sesión {number}: ronda {round}",
    "Group {number}": "Grupo {number}",
    "No interpreter for {language} is here for {names}.": "No hay intérprete de {language} presente para {names}.",
    "No interpreter for {language} is here for {names}: they sit with each other.":
        "No hay intérprete de {language} presente para {names}: se sientan juntos.",
    "No interpreter for {language} has room for {names}: they sit with each other.":
        "Ningún intérprete de {language} tiene sitio para {names}: se sientan juntos.",
    "No interpreter for {language} is free for {names}.": "No hay intérprete de {language} libre para {names}.",
    "Session {number} has no groups yet: make groups first.":
        "La sesión {number} aún no tiene grupos: haga los grupos primero.",
    "Session {number} has no seating plan and no groups yet: make groups first.":
        "La sesión {number} aún no tiene plano de asientos ni grupos: haga los grupos primero.",
    "Session {number} has {count} rounds of groups; there is no round {round}.":
        "La sesión {number} tiene {count} rondas de grupos; no hay ronda {round}.",
    "{tables} tables · {people} people · room {width} m × {depth} m":
        "{tables} mesas · {people} personas · sala de {width} m × {depth} m",
    "Zone {zone}: tables {tables}": "Zona {zone}: mesas {tables}",
    "zone {zone} of {count}": "zona {zone} de {count}",
    "Key: the room in {count} zones, a page each": "Clave: la sala en {count} zonas, una página cada una",
    "Theme {number} title": "Título del tema {number}", "Theme {number} description": "Descripción del tema {number}",
    "Theme {number}, quote {quote}": "Tema {number}, cita {quote}",
    "Open to anyone": "Abierta a cualquiera",
    # messages
    "(date to be confirmed)": "(fecha por confirmar)",
    "the venue (details to follow)": "el lugar (enviaremos los detalles)",
    "the online meeting (we will send the link)": "la reunión en línea (enviaremos el enlace)",
    "the venue or online (details to follow)": "el lugar o en línea (enviaremos los detalles)",
    "• {title}: {date}, {start}–{end}, {place}": "• {title}: {date}, {start}–{end}, {place}",
    "Nobody on the roster has the perspective '{perspective}'.":
        "Nadie en la lista tiene la perspectiva «{perspective}».",
    "Say who is invited: a perspective, a person, or everyone.":
        "Indique a quién se invita: una perspectiva, una persona o todo el mundo.",
    "The {series} team": "El equipo de {series}",
    "(The summary of themes will follow once the notes are synthesised.)":
        "(El resumen de los temas llegará cuando se sinteticen las notas.)",
    # roster files
    ", line {line}":
        ", línea {line}",
    ", field '{field}'":
        ", campo «{field}»",
    "'{text}' is not yes or no ({what})":
        "«{text}» no es sí ni no ({what})",
    "'{text}' is not an email address":
        "«{text}» no es una dirección de correo electrónico",
    "'{text}' is not one of: by name, organization only, anonymous":
        "«{text}» no es ninguno de: by name, organization only, anonymous",
    "'{text}' is not one of: participant, facilitator, note-taker, interpreter":
        "«{text}» no es ninguno de: participant, facilitator, note-taker, interpreter",
    "'{text}' is not an amount of money":
        "«{text}» no es una cantidad de dinero",
    "'{text}' is a negative amount":
        "«{text}» es una cantidad negativa",
    "consent to be recorded":
        "consentimiento para grabar",
    "committed to all sessions":
        "compromiso con todas las sesiones",
    "the file is empty: it has no header row and no people":
        "el archivo está vacío: no tiene fila de encabezado ni personas",
    "the file cannot be read as CSV ({error})":
        "el archivo no se puede leer como CSV ({error})",
    "this is not a readable Excel workbook ({error})":
        "no es un libro de Excel legible ({error})",
    "has {cells} cells but the header has {columns} columns (an unquoted comma?)":
        "tiene {cells} celdas pero el encabezado tiene {columns} columnas (¿una coma sin comillas?)",
    "a row needs a name":
        "cada fila necesita un nombre",
    "two columns are mapped to this field; choose one":
        "dos columnas van a este campo; elija una",
    "no column holds names; choose which one does":
        "ninguna columna tiene nombres; elija cuál los tiene",
    "several people on the roster are called '{name}'; add their email to tell them apart":
        "varias personas de la lista se llaman «{name}»; añada su correo para distinguirlas",
    "the same person as line {line}":
        "la misma persona que la línea {line}",
    "a row needs a name (nobody on the roster has this email)":
        "cada fila necesita un nombre (nadie en la lista tiene este correo)",
    # saving
    "the workspace":
        "el espacio de trabajo",
    "Nothing of this change was saved; what you typed is still here.":
        "No se guardó nada de este cambio; lo que escribió sigue aquí.",
    "There is no room left on the disk holding {name}. {kept} Free some space, then save again.":
        "No queda espacio en el disco donde está {name}. {kept} Libere espacio y vuelva a guardar.",
    "The workspace file {name} (or its folder) is read-only. {kept} Check the file's permissions, or open a copy kept somewhere you can write.":
        "El archivo del espacio de trabajo {name} (o su carpeta) es de solo lectura. {kept} Revise los permisos del archivo, o abra una copia guardada donde pueda escribir.",
    "Another program kept {name} busy for too long. {kept} Try again in a moment.":
        "Otro programa mantuvo {name} ocupado demasiado tiempo. {kept} Vuelva a intentarlo en un momento.",
    "The disk reported an error while using {name}. {kept} Check that the drive is still connected, then save again.":
        "El disco informó de un error al usar {name}. {kept} Compruebe que la unidad sigue conectada y vuelva a guardar.",
    "Facilitator cannot open {name}. Check that the folder exists and that you may write to it.":
        "Facilitator no puede abrir {name}. Compruebe que la carpeta existe y que puede escribir en ella.",
    "That passphrase does not open {name}.":
        "Esa frase de contraseña no abre {name}.",
    "{name} is encrypted: give its passphrase to open it.":
        "{name} está cifrado: indique su frase de contraseña para abrirlo.",
    "{name} is open read-only because its file or folder cannot be written to, so nothing can be changed. Copy it somewhere you can write, or ask for write permission.":
        "{name} está abierto en solo lectura porque no se puede escribir en su archivo o carpeta, así que no se puede cambiar nada. Cópielo donde pueda escribir o pida permiso de escritura.",
    "{name} was saved by an earlier version and must be updated before it opens, but its file or folder cannot be written to. Copy it somewhere you can write, then open the copy.":
        "{name} se guardó con una versión anterior y debe actualizarse antes de abrirse, pero no se puede escribir en su archivo o carpeta. Cópielo donde pueda escribir y abra la copia.",
    "the disk is full":
        "el disco está lleno",
    "No backup of {name} could be taken as it opened ({reason}). Your work is saved as usual; free some space so the next backup can be made.":
        "No se pudo hacer una copia de seguridad de {name} al abrirlo ({reason}). Su trabajo se guarda como siempre; libere espacio para que pueda hacerse la próxima copia.",
    "The workspace file {name} is damaged, so Facilitator will not write to it.":
        "El archivo del espacio de trabajo {name} está dañado, así que Facilitator no escribirá en él.",
    "The newest good backup is from {when} ({count} series). Restore it with '{command}' or from the app's \"Restore from backup…\" screen.":
        "La copia de seguridad buena más reciente es del {when} ({count} series). Restáurela con '{command}' o desde la pantalla \"Restaurar desde copia…\" de la aplicación.",
    "There is no good backup of it; keep a copy of the file and ask for help.":
        "No hay ninguna copia buena; guarde una copia del archivo y pida ayuda.",
    # the live runner
    "This session has finished. Reset it to run it again.":
        "Esta sesión ha terminado. Reiníciela para volver a dirigirla.",
    "This session is already under way.":
        "Esta sesión ya está en marcha.",
    "This session has no agenda blocks to run.":
        "Esta sesión no tiene bloques de agenda que dirigir.",
    "The timer is not running.":
        "El cronómetro no está en marcha.",
    "The timer is not paused.":
        "El cronómetro no está en pausa.",
    "The session has already finished.":
        "La sesión ya ha terminado.",
    "This is the first block.":
        "Este es el primer bloque.",
    "No block is running.":
        "No hay ningún bloque en marcha.",
    "Extend by a number of minutes other than zero.":
        "Amplíe con un número de minutos distinto de cero.",
    "The session is on time; there is nothing to absorb.":
        "La sesión va a tiempo; no hay nada que absorber.",
    "No later block can give time back: the rest are fixed or too short.":
        "Ningún bloque posterior puede ceder tiempo: los demás son fijos o demasiado cortos.",
    "There is no compression to undo.":
        "No hay ninguna absorción que deshacer.",
    "This session has not been started.":
        "Esta sesión no ha empezado.",
    "'{title}' is down to {left} minutes; it cannot lose {lose}.":
        "A «{title}» le quedan {left} minutos; no puede perder {lose}.",
    "There is no block {number}; this agenda has {count}.": "No hay bloque {number}; esta agenda tiene {count}.",
    # rules the saved breakout groups break
    "Keep apart: {names} are all in {group}": "Mantener separadas: {names} están en {group}",
    "Keep together: {names} are split up": "Mantener juntas: {names} están separadas",
    "Interpreter: {names} not in {interpreter}'s group": "Interpretación: {names} fuera del grupo de {interpreter}",
    "Locked: {name} belongs in {group}": "Fijada: {name} debe estar en {group}",
    # the live view's one sentence about the plan
    "Not started. Planned to end at {end}.": "Sin empezar. Termina según el plan a las {end}.",
    "Finished at {end}, {minutes} min later than scheduled.":
        "Terminó a las {end}, {minutes} min más tarde de lo previsto.",
    "Finished at {end}, {minutes} min earlier than scheduled.":
        "Terminó a las {end}, {minutes} min antes de lo previsto.",
    "Finished at {end}, on time.": "Terminó a las {end}, a tiempo.",
    "{minutes} min ahead: ends at {end}, scheduled for {scheduled}.":
        "{minutes} min de adelanto: termina a las {end}, previsto a las {scheduled}.",
    "On time: ends at {end}.": "A tiempo: termina a las {end}.",
    "{minutes} min behind: ends at {end}, scheduled for {scheduled}.":
        "{minutes} min de retraso: termina a las {end}, previsto a las {scheduled}.",
    "To finish on time, take {minutes} min from {blocks} (C).":
        "Para terminar a tiempo, quite {minutes} min de {blocks} (C).",
    "No later block can give time back.": "Ningún bloque posterior puede ceder tiempo.",
    # values framework
    "Version {number}": "Versión {number}",
    "Current draft": "Borrador actual",
    "The framework has no statements yet.": "El marco aún no tiene declaraciones.",
    "Changes since version {number}": "Cambios desde la versión {number}",
    "Added": "Añadida", "Revised": "Revisada", "Removed": "Eliminada",
    "No changes.": "Sin cambios.",
    "Tensions": "Tensiones", "Guardrails": "Límites", "Open questions": "Preguntas abiertas",
    # interpretation and access
    "'{text}' asks for interpretation but names no language: write the language here or add a Language column":
        "«{text}» pide interpretación pero no nombra ningún idioma: escriba el idioma aquí o añada una columna Idioma",
    "{group} mixes languages with no interpreter for {languages}.":
        "{group} mezcla idiomas sin intérprete de {languages}.",
    "Interpreter: {languages}": "Intérprete: {languages}",
    "Interpreter": "Intérprete",
    "Interpretation: {language}": "Interpretación: {language}",
    "{language}: {count} to interpret for · {who}": "{language}: {count} con interpretación · {who}",
    "interpreter: {names}": "intérprete: {names}",
    "no interpreter": "sin intérprete",
    "Access: {need} ({count})": "Accesibilidad: {need} ({count})",
    "Interpretation and access": "Interpretación y accesibilidad",
    "Round {number} → {title}": "Ronda {number} → {title}",
    "Round {number} → no {kind} block left in the agenda: kept as “{title}”":
        "Ronda {number} → no queda ningún bloque de {kind} en la agenda: se guarda como «{title}»",
    "Anyone from the outer circle may tap in and take a seat.":
        "Cualquiera del círculo exterior puede tocar el hombro y ocupar un asiento.",
    "The outer circle listens without responding; seats change at each rotation.":
        "El círculo exterior escucha sin responder; los asientos cambian en cada rotación.",
    "NEW": "NUEVA", "REVISED": "REVISADA",
    "{new} (was: {old})": "{new} (antes: {old})",
    "☐ Yes&nbsp;&nbsp;&nbsp;☐ No": "☐ Sí&nbsp;&nbsp;&nbsp;☐ No",
    "goes by {name}": "prefiere {name}",
    "Names {range}": "Nombres {range}",
    "Email or phone": "Correo o teléfono",
    "Not on the list? Add yourself here": "¿No está en la lista? Escríbase aquí",
    "{count} expected. Blank rows at the end are for anyone not on the list.":
        "{count} esperadas. Las filas en blanco del final son para quien no esté en la lista.",
    "{count} person": "{count} persona", "{count} people": "{count} personas",
    "Logistics sheet": "Hoja de logística",
    "Food for {count} people (the team included)": "Comida para {count} personas (equipo incluido)",
    "No dietary needs recorded.": "No hay necesidades alimentarias registradas.",
    "Table": "Mesa", "Dietary needs": "Necesidades alimentarias",
    "Access and seats to keep free": "Accesibilidad y asientos que dejar libres",
    "Keep 1 wheelchair place clear, near the door and the front.":
        "Deje libre 1 espacio para silla de ruedas, cerca de la puerta y del frente.",
    "Keep {count} wheelchair places clear, near the door and the front.":
        "Deje libres {count} espacios para sillas de ruedas, cerca de la puerta y del frente.",
    "No access needs recorded.": "No hay necesidades de accesibilidad registradas.",
    "Childcare": "Cuidado de niños", "Nobody asked for childcare.": "Nadie pidió cuidado de niños.",
    "Interpreters and languages": "Intérpretes e idiomas",
    "Nobody needs interpretation.": "Nadie necesita interpretación.",
    "Stipends to hand out: {count}, {total} in all": "Estipendios que entregar: {count}, {total} en total",
    "Amount": "Importe", "Status": "Estado", "Handed out": "Entregado",
    "Stipends": "Estipendios", "No stipends to hand out.": "No hay estipendios que entregar.",
    # a team of laptops (facilitator/team)
    "Another laptop in this team is already called “{device}”; choose another name.":
        "Otro portátil del equipo ya se llama “{device}”; elija otro nombre.",
    "Give this laptop a name the team will recognise (--device).":
        "Dé a este portátil un nombre que el equipo reconozca (--device).",
    "No deleted note of this series has that id.": "Ninguna nota eliminada de esta serie tiene ese id.",
    "That series no longer exists.": "Esa serie ya no existe.",
    "The folder {folder} does not exist or is not a folder.": "La carpeta {folder} no existe o no es una carpeta.",
    "This series is not shared with a team yet: the lead packs it ('facilitator team pack'), note-takers join "
    "from the pack.": "Esta serie aún no se comparte con un equipo: quien coordina la empaqueta "
    "('facilitator team pack') y quienes toman notas se unen desde el paquete.",
    "This workspace already holds “{title}”; sync it instead of joining again.":
        "Este espacio de trabajo ya contiene “{title}”; sincronícela en lugar de unirse de nuevo.",
    "a device file": "un archivo de dispositivo", "a team pack": "un paquete de equipo",
    "{name} belongs to another series (“{title}”), so it was not merged.":
        "{name} pertenece a otra serie (“{title}”), así que no se fusionó.",
    "{name} cannot be read ({reason}).": "No se puede leer {name} ({reason}).",
    "{name} does not hold this series' document.": "{name} no contiene el documento de esta serie.",
    "{name} is damaged: its contents cannot be unpacked.": "{name} está dañado: su contenido no se puede desempaquetar.",
    "{name} is damaged: its contents do not match its checksum.":
        "{name} está dañado: su contenido no coincide con su suma de comprobación.",
    "{name} is damaged: its document cannot be read.": "{name} está dañado: su documento no se puede leer.",
    "{name} is damaged: its header cannot be read.": "{name} está dañado: su encabezado no se puede leer.",
    "{name} is not a Facilitator team file.": "{name} no es un archivo de equipo de Facilitator.",
    "{name} is not {wanted}.": "{name} no es {wanted}.",
    "{name} is too large to be a team file.": "{name} es demasiado grande para ser un archivo de equipo.",
    "{name} was written by another version of Facilitator; update both laptops to the same version.":
        "{name} lo escribió otra versión de Facilitator; actualice ambos portátiles a la misma versión.",
    "Could not write {path} ({reason}).": "No se pudo escribir {path} ({reason}).",
    # synthesis across a series (themes, trends, series summaries, actions, surveys)
    "'{ref}' could be any of these themes: {titles}. Type more of the title.":
        "'{ref}' puede ser cualquiera de estos temas: {titles}. Escriba más del título.",
    "A framework element is a {kinds}, not '{kind}'.": "Un elemento del marco es {kinds}, no '{kind}'.",
    "Action {number}": "Acción {number}", "Action {number} owner": "Responsable de la acción {number}",
    "Actual": "Real", "Planned": "Previsto",
    "Add a value statement first: a {kind} belongs to one.":
        "Añada primero una declaración de valores: cada {kind} pertenece a una.",
    "All": "Total",
    "Counts under 5 in demographic questions are shown as <5.":
        "En las preguntas demográficas, los recuentos menores de 5 se muestran como <5.",
    "Darker cells hold more notes. Counts are notes put on a theme, not people.":
        "Las celdas más oscuras tienen más notas. Se cuentan notas asignadas a un tema, no personas.",
    "How often each theme came up, by group": "Cuántas veces surgió cada tema, por grupo",
    "More than one note starts with '{ref}'; give more of its id.":
        "Más de una nota empieza por '{ref}'; indique más caracteres de su identificador.",
    "More than one value statement starts with '{ref}'.": "Más de una declaración de valores empieza por '{ref}'.",
    "No actions decided yet.": "Todavía no se han decidido acciones.",
    "Not recorded": "Sin registrar",
    "Note {id} is not a note of this series.": "La nota {id} no es de esta serie.",
    "Notes heard, by group: {counts}": "Notas escuchadas, por grupo: {counts}",
    "Notes per theme, by session": "Notas por tema, por sesión",
    "Notes per theme, by {reading}": "Notas por tema, por {reading}",
    "Only people who chose to be named appear in the external summary.":
        "Solo quienes eligieron ser nombrados aparecen en el resumen externo.",
    "Perspective": "Perspectiva", "Session": "Sesión", "Session {number}": "Sesión {number}",
    "Session {number}: {question}": "Sesión {number}: {question}",
    "Say what the {kind} is.": "Indique cuál es el elemento ({kind}).",
    "Survey": "Encuesta",
    "Synthesis time not recorded yet.": "Aún no se ha registrado el tiempo de síntesis.",
    "The due date '{value}' is not a date; write it as YYYY-MM-DD.":
        "La fecha límite '{value}' no es una fecha; escríbala como AAAA-MM-DD.",
    "Themes by session": "Temas por sesión",
    "This framework has no value statement '{ref}'.": "Este marco no tiene la declaración de valores '{ref}'.",
    "This series already has a theme “{title}”: put the notes on it instead.":
        "Esta serie ya tiene un tema «{title}»: asigne las notas a ese tema.",
    "This series has no note '{ref}'.": "Esta serie no tiene la nota '{ref}'.",
    "This series has no theme '{ref}'.": "Esta serie no tiene el tema '{ref}'.",
    "Took part": "Participaron", "Who took part": "Quiénes participaron",
    "Trend analysis": "Análisis de tendencias",
    "Trends can be read by {choices}, not '{by}'.": "Las tendencias se leen por {choices}, no por '{by}'.",
    "What happens next": "Próximos pasos", "What happens next:": "Próximos pasos:",
    "What will happen": "Qué se hará", "Who follows it up": "Quién se encarga", "Due": "Fecha límite",
    "no themes yet": "todavía sin temas",
    "shares {words} with the theme's title or description": "comparte {words} con el título o la descripción del tema",
    "shares {words} with {count} note(s) on this theme": "comparte {words} con {count} nota(s) de este tema",
    "{field}: '{value}' is not a number of hours.": "{field}: '{value}' no es un número de horas.",
    "{field}: hours must be between 0 and {most}.": "{field}: las horas deben estar entre 0 y {most}.",
    "{hours} h planned": "{hours} h previstas", "{hours} h spent": "{hours} h dedicadas",
    "{hours} h over the plan": "{hours} h más de lo previsto", "{hours} h under the plan": "{hours} h menos de lo previsto",
    "Series summary (internal)": "Resumen de la serie (interno)", "Series summary": "Resumen de la serie",
    "Quotes": "Citas", "Needs": "Necesidades", "Offers": "Ofrecimientos", "Requests": "Peticiones",
    "Parking lot": "Temas pendientes", "Questions": "Preguntas", "Aha moments": "Descubrimientos",
    "Theme notes": "Notas de tema", "Survey answers": "Respuestas de encuesta", "Other notes": "Otras notas",
    "Stakeholder group (the session's audience)": "Grupo de interés (el público de la sesión)",
    "Stakeholder group (the quote's perspective)": "Grupo de interés (la perspectiva de la cita)",
    "Breakout group": "Grupo de trabajo",
    # anonymity: redaction, review before sharing, internal exports
    "INTERNAL: for the facilitation team only. Contains names and contact details. Do not share.":
        "INTERNO: solo para el equipo de facilitación. Contiene nombres y datos de contacto. No compartir.",
    "Draft: {count} passage(s) wait for review; do not share this copy.":
        "Borrador: {count} pasaje(s) esperan revisión; no comparta esta copia.",
    "{count} passage(s) of the {what} wait for review before it can be shared: review them in Print & share, "
    "or run “facilitator print summary-external SERIES [--session N] --review”.":
        "{count} pasaje(s) del {what} esperan revisión antes de poder compartirlo: revíselos en Imprimir y "
        "compartir, o ejecute «facilitator print summary-external SERIE [--session N] --review».",
    "external summary of session {number}": "resumen externo de la sesión {number}",
    "external summary of the series": "resumen externo de la serie",
    "took out “{original}” ({reason}{whose})": "se quitó «{original}» ({reason}{whose})",
    "kept “{word}” ({reason})": "se dejó «{word}» ({reason})",
    "“{word}” may be a name not on the roster": "«{word}» podría ser un nombre que no está en la lista",
    "e-mail address": "dirección de correo", "phone number": "número de teléfono",
    "name on the roster": "nombre de la lista", "not an everyday word": "no es una palabra común",
    "followed by “{word}”": "seguido de «{word}»", "followed by a possessive": "seguido de un posesivo",
    "after a title or an initial": "tras un tratamiento o una inicial",
    "capitalised mid-sentence": "con mayúscula en mitad de la frase", "capitalised": "con mayúscula",
    "in capitals": "en mayúsculas", "next to a name": "junto a un nombre",
    "in a heading: check": "en un título: revisar", "at the start of a sentence: check": "al inicio de una frase: revisar",
    "used as a word": "usada como palabra",
    # refusals from the workspace (storage), shown by the app and the commands alike
    "A block that holds sub-blocks cannot itself become a sub-block.": "Un bloque que contiene subbloques no puede convertirse en subbloque.",
    "A follow-up call needs the person to call.": "Una llamada de seguimiento necesita la persona a quien llamar.",
    "A grouping rule needs at least two people.": "Una regla de agrupación necesita al menos dos personas.",
    "A note cannot be empty.": "Una nota no puede estar vacía.",
    "A participant needs a name.": "Un participante necesita un nombre.",
    "A rotation lasts at least 30 seconds.": "Una rotación dura al menos 30 segundos.",
    "A round can only be saved to a block of its own session.": "Una ronda solo puede guardarse en un bloque de su propia sesión.",
    "A series needs a title.": "Una serie necesita un título.",
    "A snapshot is taken before or after a session.": "Una instantánea se toma antes o después de una sesión.",
    "A theme cannot be merged into itself.": "Un tema no puede fusionarse consigo mismo.",
    "A theme needs a title.": "Un tema necesita un título.",
    "A title cannot be empty.": "Un título no puede estar vacío.",
    "A value statement cannot be empty.": "Una declaración de valores no puede estar vacía.",
    "An encrypted workspace needs a passphrase that is not empty.": "Un espacio de trabajo cifrado necesita una frase de contraseña no vacía.",
    "An in-memory workspace has no file to back up.": "Un espacio de trabajo en memoria no tiene archivo del que hacer copia.",
    "Choose the notes that go to the new theme.": "Elija las notas que pasan al nuevo tema.",
    "Minutes cannot be negative.": "Los minutos no pueden ser negativos.",
    "Put the note on the theme before marking it illustrative.": "Ponga la nota en el tema antes de marcarla como ilustrativa.",
    "Sub-blocks go one level deep, under a block of the same session.": "Los subbloques tienen un solo nivel, bajo un bloque de la misma sesión.",
    "That agenda block is not part of this session.": "Ese bloque de la agenda no forma parte de esta sesión.",
    "That agenda block no longer exists.": "Ese bloque de la agenda ya no existe.",
    "That block no longer exists.": "Ese bloque ya no existe.",
    "That breakout round no longer exists.": "Esa ronda de grupos ya no existe.",
    "That fishbowl no longer exists.": "Esa pecera ya no existe.",
    "That follow-up no longer exists.": "Ese seguimiento ya no existe.",
    "That group is no longer part of this round.": "Ese grupo ya no forma parte de esta ronda.",
    "That note no longer exists.": "Esa nota ya no existe.",
    "That participant is no longer on the roster.": "Esa persona ya no está en la lista de participantes.",
    "That person is not placed in this round.": "Esa persona no está ubicada en esta ronda.",
    "That session no longer exists.": "Esa sesión ya no existe.",
    "That table has no such seat.": "Esa mesa no tiene ese asiento.",
    "That table is no longer on the floor plan.": "Esa mesa ya no está en el plano.",
    "That theme no longer exists.": "Ese tema ya no existe.",
    "That value statement no longer exists.": "Esa declaración de valores ya no existe.",
    "The new passphrase cannot be empty.": "La nueva frase de contraseña no puede estar vacía.",
    "This workspace is not encrypted, so it has no passphrase to change.": "Este espacio de trabajo no está cifrado, así que no tiene frase de contraseña que cambiar.",
    # refusals and errors raised by the core and the commands
    "'{name}' is not a time zone name like Europe/Paris or America/Chicago.":
        "«{name}» no es un nombre de zona horaria como Europe/Paris o America/Chicago.",
    "'{ref}' matches several series ({titles}); type more of the title or use the id.":
        "«{ref}» coincide con varias series ({titles}); escriba más del título o use el id.",
    "--block needs --session: blocks are numbered within a session.":
        "--block necesita --session: los bloques se numeran dentro de cada sesión.",
    "A fishbowl has between 1 and {most} seats.": "Una pecera tiene entre 1 y {most} asientos.",
    "A grouping rule is 'apart' or 'together', not '{kind}'.":
        "Una regla de agrupación es 'apart' o 'together', no '{kind}'.",
    "A table seats between 2 and {most} people.": "En una mesa se sientan entre 2 y {most} personas.",
    "A template id uses lower-case letters, digits, - or _ (for example 'my-workshop').":
        "El id de una plantilla usa letras minúsculas, dígitos, - o _ (por ejemplo 'mi-taller').",
    "CSV export writes several files: give a folder or a .zip file with -o.":
        "La exportación a CSV escribe varios archivos: indique una carpeta o un archivo .zip con -o.",
    "Cannot balance on '{name}': the roster has no such column (try {known}).":
        "No se puede equilibrar por «{name}»: la lista de participantes no tiene esa columna (pruebe con {known}).",
    "Cannot read {path}: {reason}.": "No se puede leer {path}: {reason}.",
    "Cannot write {path}: {reason}.": "No se puede escribir {path}: {reason}.",
    "Choose who sits in the seat.": "Elija quién se sienta en el asiento.",
    "Encrypted workspaces need the encryption extra (pip install 'facilitator-companion[encryption]').":
        "Los espacios de trabajo cifrados necesitan el complemento de cifrado "
        "(pip install 'facilitator-companion[encryption]').",
    "Fewer than two people are present, so there is nobody to group.":
        "Hay menos de dos personas presentes, así que no hay nadie a quien agrupar.",
    "No series has the id or a title starting with '{ref}'.":
        "Ninguna serie tiene como id, o como comienzo del título, «{ref}».",
    "Nobody is waiting to speak.": "No hay nadie esperando para hablar.",
    "Nobody on this roster has the id, email or name '{ref}'.":
        "Nadie en esta lista de participantes tiene el id, el correo o el nombre «{ref}».",
    "Nobody outside the circle is left to rotate in.":
        "No queda nadie fuera del círculo que pueda entrar en la rotación.",
    "Nobody sits in that seat.": "Nadie ocupa ese asiento.",
    "Only {count} seats are free for the next circle.": "Solo hay {count} asientos libres para el próximo círculo.",
    "Plan at least one round.": "Planifique al menos una ronda.",
    "Set up between 1 and {most} tables.": "Prepare entre 1 y {most} mesas.",
    "Several people on this roster match '{ref}'; use their email or id.":
        "Varias personas de esta lista de participantes coinciden con «{ref}»; use su correo o su id.",
    "Template '{name}' has a stray brace ({error}); write {open} or {close} for a literal brace.":
        "La plantilla «{name}» tiene una llave suelta ({error}); escriba {open} o {close} para poner una llave "
        "literal.",
    "Template '{name}' uses the unknown merge field {field}. Known fields: {known}.":
        "La plantilla «{name}» usa el campo de combinación desconocido {field}. Campos conocidos: {known}.",
    "That agenda block is not part of this session or a later one.":
        "Ese bloque de la agenda no forma parte de esta sesión ni de una posterior.",
    "That person is already waiting to speak.": "Esa persona ya está esperando para hablar.",
    "That person is not waiting to speak.": "Esa persona no está esperando para hablar.",
    "That seat is not part of this fishbowl.": "Ese asiento no forma parte de esta pecera.",
    "The backup {name} is itself damaged or needs another passphrase; choose an older one.":
        "La copia de seguridad {name} también está dañada o necesita otra frase de contraseña; elija una más "
        "antigua.",
    "The {document} is for one session: say which session.":
        "El documento «{document}» es para una sola sesión: indique cuál.",
    "There is no backup '{ref}' of {workspace}; 'facilitator backup list' shows them.":
        "No hay ninguna copia de seguridad «{ref}» de {workspace}; 'facilitator backup list' las muestra.",
    "There is no debrief prompt '{prompt}'.": "No hay ninguna pregunta de balance «{prompt}».",
    "There is no message template '{name}'. Choose one of: {names}.":
        "No hay ninguna plantilla de mensaje «{name}». Elija una de: {names}.",
    "There is no series with id {id}.": "No hay ninguna serie con el id {id}.",
    "There is no session with id {id}.": "No hay ninguna sesión con el id {id}.",
    "There is no template '{name}'. Available: {names}.": "No hay ninguna plantilla «{name}». Disponibles: {names}.",
    "These groups cannot be made: {reason}.": "No se pueden formar estos grupos: {reason}.",
    "This series has no grouping rule {rule}.": "Esta serie no tiene ninguna regla de agrupación {rule}.",
    "This series has no session '{ref}' (it has {count} session).":
        "Esta serie no tiene la sesión «{ref}» (tiene {count} sesión).",
    "This series has no session '{ref}' (it has {count} sessions).":
        "Esta serie no tiene la sesión «{ref}» (tiene {count} sesiones).",
    "This series has no theme called '{title}'.": "Esta serie no tiene ningún tema llamado «{title}».",
    "This series has no values framework yet.": "Esta serie aún no tiene marco de valores.",
    "This session has no agenda block '{ref}' (blocks are numbered 1 to {count}).":
        "Esta sesión no tiene el bloque de agenda «{ref}» (los bloques van numerados del 1 al {count}).",
    "This workspace is encrypted; opening it needs the encryption extra "
    "(pip install 'facilitator-companion[encryption]').":
        "Este espacio de trabajo está cifrado; para abrirlo hace falta el complemento de cifrado "
        "(pip install 'facilitator-companion[encryption]').",
    "Unknown document '{kind}'. Choose one of: {kinds}.": "Documento desconocido: «{kind}». Elija uno de: {kinds}.",
    "{name} already exists; choose a new file name for the encrypted workspace.":
        "{name} ya existe; elija un nombre de archivo nuevo para el espacio de trabajo cifrado.",
    "{name} is not a backup of {workspace}.": "{name} no es una copia de seguridad de {workspace}.",
    "{workspace} has no good backup.": "{workspace} no tiene ninguna copia de seguridad buena.",
    # why the groups engine cannot make groups (after "These groups cannot be made: ")
    "give exactly one of a group size or a number of groups":
        "indique o bien un tamaño de grupo o bien un número de grupos, no ambos",
    "cannot group {count} people": "no se puede agrupar a {count} personas",
    "groups need at least 2 people, not {size}": "los grupos necesitan al menos 2 personas, no {size}",
    "need at least one group, not {groups}": "hace falta al menos un grupo, no {groups}",
    "{person} is listed twice": "{person} aparece dos veces",
    "cannot plan {rounds} rounds": "no se pueden planificar {rounds} rondas",
    "keep together / interpreter: {names} ({count} people) cannot fit in groups of at most {biggest}":
        "mantener juntas / intérprete: {names} ({count} personas) no caben en grupos de {biggest} como máximo",
    "keep apart: {names} are {count} people but there are only {groups} groups":
        "mantener separadas: {names} son {count} personas pero solo hay {groups} grupos",
    "{first} and {second} must be kept apart but also kept together (directly or through an interpreter)":
        "{first} y {second} deben estar separadas pero también juntas (directamente o a través de un intérprete)",
    "{person} must be kept apart from {apart} of the other {others} people, too few are left to make a group of "
    "{smallest}":
        "{person} debe estar separada de {apart} de las otras {others} personas; quedan demasiado pocas para formar "
        "un grupo de {smallest}",
    "anchors {names} are kept together, but with {anchors} anchors in {groups} groups no group may have more than "
    "{most}":
        "las personas ancla {names} deben estar juntas, pero con {anchors} personas ancla en {groups} grupos ningún "
        "grupo puede tener más de {most}",
    "{person} is locked into round {round}, but only {rounds} are planned":
        "{person} está fijada en la ronda {round}, pero solo hay {rounds} planificadas",
    "{person} is locked into group {group}, but there are only {groups} groups":
        "{person} está fijada en el grupo {group}, pero solo hay {groups} grupos",
    "{other} and {person} must be together but are locked into different groups of round {round}":
        "{other} y {person} deben estar juntas pero están fijadas en grupos distintos de la ronda {round}",
    "group {group} of round {round}": "el grupo {group} de la ronda {round}",
    "{names} are locked into {where}, which holds {size}": "{names} están fijadas en {where}, que admite {size}",
    "{first} and {second} must be kept apart but are both locked into {where}":
        "{first} y {second} deben estar separadas pero ambas están fijadas en {where}",
    "anchors {names} are locked into {where}, but with {anchors} anchors in {groups} groups no group may have more "
    "than {most}":
        "las personas ancla {names} están fijadas en {where}, pero con {anchors} personas ancla en {groups} grupos "
        "ningún grupo puede tener más de {most}",
    "could not find groups for round {round} that satisfy every constraint (the constraints are too tight to check "
    "exhaustively; try relaxing some)":
        "no se encontraron grupos para la ronda {round} que cumplan todas las restricciones (son demasiado "
        "estrictas para comprobarlas todas; pruebe a relajar alguna)",
    "no grouping of round {round} satisfies every constraint together (keep apart, keep together, anchors, "
    "interpreters and locks conflict)":
        "ninguna forma de agrupar la ronda {round} cumple todas las restricciones a la vez (mantener separadas, "
        "mantener juntas, personas ancla, intérpretes y fijaciones entran en conflicto)",
    # problems in an imported file (after "file, line N, field 'x': ")
    "is not UTF-8 text (byte {byte:#04x} cannot be read); save it as UTF-8 and try again":
        "no es texto UTF-8 (el byte {byte:#04x} no se puede leer); guárdelo como UTF-8 y vuelva a intentarlo",
    "the file begins with the mark of {encoding} text, but byte {byte} is not {encoding}; the file may be cut "
    "short. Save it again as CSV UTF-8 and import that.":
        "el archivo empieza con la marca de texto {encoding}, pero el byte {byte} no es {encoding}; puede que el "
        "archivo esté cortado. Guárdelo de nuevo como CSV UTF-8 e impórtelo.",
    "{name}: this kind of spreadsheet cannot be read; save it as .xlsx or CSV and import that.":
        "{name}: este tipo de hoja de cálculo no se puede leer; guárdela como .xlsx o CSV e impórtela.",
    "is required": "es obligatorio",
    "is missing": "falta",
    "must be text in quotes": "debe ser texto entre comillas",
    "must be text": "debe ser texto",
    "must be a list of texts, like [\"a\", \"b\"]": "debe ser una lista de textos, como [\"a\", \"b\"]",
    "must be a list of texts": "debe ser una lista de textos",
    "must be a list": "debe ser una lista",
    "must be an object": "debe ser un objeto",
    "must be a whole number of minutes, from 0 to 1440": "debe ser un número entero de minutos, de 0 a 1440",
    "must be a whole number of days from 0 to 3650": "debe ser un número entero de días, de 0 a 3650",
    "must be a whole number from 0 to {most}": "debe ser un número entero de 0 a {most}",
    "must be one of {choices}": "debe ser uno de estos valores: {choices}",
    "must be [[...{key}]] tables": "deben ser tablas [[...{key}]]",
    "a [template] table with id and name is required": "hace falta una tabla [template] con id y name",
    "must be lower-case letters, digits, - or _": "debe tener solo letras minúsculas, dígitos, - o _",
    "must be a [series] table": "debe ser una tabla [series]",
    "a template needs at least one [[sessions]] table": "una plantilla necesita al menos una tabla [[sessions]]",
    "must be a [[sessions]] table": "debe ser una tabla [[sessions]]",
    "must be a time like 09:30": "debe ser una hora como 09:30",
    "sub-blocks cannot hold sub-blocks": "los subbloques no pueden contener subbloques",
    "is {duration} but the blocks add up to {total} minutes": "es {duration} pero los bloques suman {total} minutos",
    "not valid TOML ({error})": "no es TOML válido ({error})",
    "holds characters that are not valid Unicode": "contiene caracteres que no son Unicode válido",
    "cannot be empty": "no puede estar vacío",
    "must look like {example}": "debe tener la forma {example}",
    "must be '{tag}' (this is not a Facilitator series export)":
        "debe ser '{tag}' (esto no es una exportación de serie de Facilitator)",
    "must be {version}": "debe ser {version}",
    "session number {number} appears twice": "el número de sesión {number} aparece dos veces",
    "must be true or false": "debe ser true o false",
    "is nested too deeply to be a series export":
        "tiene demasiados niveles anidados para ser una exportación de serie",
    "is not valid JSON ({error})": "no es JSON válido ({error})",
    "cannot be read ({reason}).": "no se puede leer ({reason}).",
    "is not UTF-8 text; save it as CSV UTF-8 and try again.":
        "no es texto UTF-8; guárdelo como CSV UTF-8 y vuelva a intentarlo.",
    "is empty; it needs a header row of questions.": "está vacío; necesita una fila de encabezado con las preguntas.",
    "is not valid CSV ({error}).": "no es un CSV válido ({error}).",
    "column {number}": "columna {number}",
    "has no question title.": "no tiene título de pregunta.",
    "appears twice in the header.": "aparece dos veces en el encabezado.",
    "has {values} values but the header has {questions} questions.":
        "tiene {values} valores pero el encabezado tiene {questions} preguntas.",
    "holds no answers below the header.": "no tiene respuestas debajo del encabezado.",
}
