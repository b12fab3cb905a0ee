<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>One EM iteration: E-step, then M-step</source>
        <translation>Una iteración de EM: paso E y luego paso M</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Run EM until it converges or reaches the maximum iterations</source>
        <translation>Ejecutar EM hasta que converja o alcance el máximo de iteraciones</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back one step through the history</source>
        <translation>Retroceder un paso en el historial</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to the start values, same data</source>
        <translation>Volver a los valores iniciales, con los mismos datos</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Nueva muestra</translation>
    </message>
    <message>
        <source>Draw a new sample with the next seed and start over</source>
        <translation>Extraer una nueva muestra con la siguiente semilla y empezar de nuevo</translation>
    </message>
    <message>
        <source>Simulate K Components…</source>
        <translation>Simular K componentes…</translation>
    </message>
    <message>
        <source>Draw a sample from up to six components: a weight, a mean and a σ for each</source>
        <translation>Extraer una muestra de hasta seis componentes: un peso, una media y una σ para cada una</translation>
    </message>
    <message>
        <source>Copy History as Text</source>
        <translation>Copiar historial como texto</translation>
    </message>
    <message>
        <source>Copy the history table as tab-separated text, rounded as shown (it pastes into a spreadsheet); File &gt; Export &gt; History as CSV keeps every digit</source>
        <translation>Copiar la tabla del historial como texto separado por tabulaciones, redondeado como se muestra (se pega en una hoja de cálculo); Archivo &gt; Exportar &gt; Historial como CSV conserva todas las cifras</translation>
    </message>
    <message>
        <source>Presentation Mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <source>Full screen for a projector: everything larger, only the run and its plots (Esc leaves)</source>
        <translation>Pantalla completa para el proyector: todo más grande, solo la ejecución y sus gráficos (Esc para salir)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>Back to the window as it was before</source>
        <translation>Volver a la ventana tal como estaba</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Larger text, lines, marks and handles everywhere</source>
        <translation>Texto, líneas, puntos y controles más grandes en todas partes</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Smaller text, lines, marks and handles everywhere</source>
        <translation>Texto, líneas, puntos y controles más pequeños en todas partes</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Restablecer el zoom</translation>
    </message>
    <message>
        <source>Back to the normal size (100 %; 160 % in presentation mode)</source>
        <translation>Volver al tamaño normal (100 %; 160 % en modo presentación)</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Black on white, thicker curves, no light greys: for a washed-out projector</source>
        <translation>Negro sobre blanco, curvas más gruesas, sin grises claros: para un proyector desvaído</translation>
    </message>
    <message>
        <source>Why EM Climbs</source>
        <translation>Por qué EM sube</translation>
    </message>
    <message>
        <source>The likelihood landscape, the lower bound and many starts, in place of the run&apos;s plots</source>
        <translation>El paisaje de la verosimilitud, la cota inferior y muchos inicios, en lugar de los gráficos de la ejecución</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close EM Explorer</source>
        <translation>Cerrar EM Explorer</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Mostrar los atajos de teclado</translation>
    </message>
    <message>
        <source>About EM Explorer</source>
        <translation>Acerca de EM Explorer</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
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
        <source>&amp;Run</source>
        <translation>&amp;Ejecución</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>Step ({half})</source>
        <translation>Paso ({half})</translation>
    </message>
    <message>
        <source>the E-step: new responsibilities</source>
        <translation>el paso E: nuevas responsabilidades</translation>
    </message>
    <message>
        <source>the M-step: new π, μ₁, μ₂</source>
        <translation>el paso M: nuevos π, μ₁, μ₂</translation>
    </message>
    <message>
        <source>Next half step, {what} ({keys})</source>
        <translation>Siguiente medio paso, {what} ({keys})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause the run ({keys})</source>
        <translation>Pausar la ejecución ({keys})</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>While you type in a number box, the arrow keys and letters edit the number; click the plot to use them for the run again. Tab moves from control to control (a thick frame shows where): on the data plot the arrows, Home and End choose a point, on the timeline they move through the run, and Space ticks a check box.</source>
        <translation>Mientras escribe en un campo numérico, las flechas y las letras editan el número; haga clic en el gráfico para volver a usarlas en la ejecución. Tab pasa de un control a otro (un marco grueso muestra dónde): en el gráfico de datos las flechas, Inicio y Fin eligen un punto, en la línea de tiempo recorren la ejecución, y Espacio marca una casilla.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Watch the Expectation-Maximization algorithm fit a mixture of two normal distributions with variance 1, one E-step and one M-step at a time. The log likelihood never decreases.&lt;/p&gt;&lt;p&gt;Colours: Okabe-Ito blue (component 1) and orange (component 2), distinguishable with common colour-vision deficiencies.&lt;/p&gt;&lt;p&gt;MIT licence. Works offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Observe cómo el algoritmo de Esperanza-Maximización (EM) ajusta una mezcla de dos distribuciones normales con varianza 1, un paso E y un paso M cada vez. La log-verosimilitud nunca disminuye.&lt;/p&gt;&lt;p&gt;Colores: azul (componente 1) y naranja (componente 2) de Okabe-Ito, distinguibles con las deficiencias comunes de la visión del color.&lt;/p&gt;&lt;p&gt;Licencia MIT. Funciona sin conexión.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>components {i} and {j} both have mean {mean} and σ {sd}</source>
        <extracomment>The kind of point EM cannot leave (the core decides; the banner only words it).</extracomment>
        <translation>las componentes {i} y {j} tienen ambas media {mean} y σ {sd}</translation>
    </message>
    <message>
        <source>&lt;b&gt;EM stopped at iteration {n} with two components the same&lt;/b&gt; ({same}). EM can never separate components with equal parameters: every point gives them the same responsibility, so they move as one. Start their means apart, then Reset.</source>
        <translation>&lt;b&gt;EM se detuvo en la iteración {n} con dos componentes iguales&lt;/b&gt; ({same}). EM nunca puede separar componentes con parámetros iguales: cada punto les da la misma responsabilidad, así que se mueven juntas. Separe sus medias iniciales y luego reinicie.</translation>
    </message>
    <message>
        <source>both means are {mean}</source>
        <translation>ambas medias valen {mean}</translation>
    </message>
    <message>
        <source>component {k} has weight 0, so the fit is a single normal curve</source>
        <translation>la componente {k} tiene peso 0, así que el ajuste es una sola curva normal</translation>
    </message>
    <message>
        <source>&lt;b&gt;EM stopped at iteration {n} where the two components are the same&lt;/b&gt; ({same}). This is a saddle of the likelihood, not the best fit: it is a fixed point of EM, so every further step gives the same values. Try start values with μ₁ ≠ μ₂, e.g. one mean on each side of the data, then Reset.</source>
        <translation>&lt;b&gt;EM se detuvo en la iteración {n}, donde las dos componentes son iguales&lt;/b&gt; ({same}). Es un punto de silla de la verosimilitud, no el mejor ajuste: es un punto fijo de EM, así que cada paso siguiente da los mismos valores. Pruebe valores iniciales con μ₁ ≠ μ₂, por ejemplo una media a cada lado de los datos, y luego reinicie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged after 1 iteration&lt;/b&gt; (increase below tol = {tol}). Play stops here; Step still goes on.</source>
        <translation>&lt;b&gt;Convergió tras 1 iteración&lt;/b&gt; (aumento menor que tol = {tol}). La reproducción se detiene aquí; Paso sigue avanzando.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged after {k} iterations&lt;/b&gt; (increase below tol = {tol}). Play stops here; Step still goes on.</source>
        <translation>&lt;b&gt;Convergió tras {k} iteraciones&lt;/b&gt; (aumento menor que tol = {tol}). La reproducción se detiene aquí; Paso sigue avanzando.</translation>
    </message>
    <message>
        <source> and later</source>
        <translation> y después</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log likelihood fell&lt;/b&gt; at iterations {where}. EM never lowers it, so this points to a numerical problem, not to the data.</source>
        <translation>&lt;b&gt;La log-verosimilitud bajó&lt;/b&gt; en las iteraciones {where}. EM nunca la hace bajar, así que esto indica un problema numérico, no de los datos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log likelihood fell&lt;/b&gt; at iteration {where}. EM never lowers it, so this points to a numerical problem, not to the data.</source>
        <translation>&lt;b&gt;La log-verosimilitud bajó&lt;/b&gt; en la iteración {where}. EM nunca la hace bajar, así que esto indica un problema numérico, no de los datos.</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>The tolerance must be a number such as 1e-6, not “{text}”.</source>
        <translation>La tolerancia debe ser un número como 1e-6, no «{text}».</translation>
    </message>
    <message>
        <source>The tolerance must lie between {low} and {high}, not “{text}”.</source>
        <translation>La tolerancia debe estar entre {low} y {high}, no «{text}».</translation>
    </message>
    <message>
        <source>Number of points to simulate (1 to {max}).</source>
        <extracomment>A new simulated sample was asked for (a validated-looking Simulation; the session checks). New start parameters (a Mixture) were asked for. Another model (a mixture.Model: K, the variance form, the sigma floor) was asked for. A sentence describing an impossible value the user typed (nothing was changed).</extracomment>
        <translation>Número de puntos a simular (1 a {max}).</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>Distance between the true means: component 1 sits at −sep/2, component 2 at +sep/2 (both with variance 1).</source>
        <translation>Distancia entre las medias verdaderas: la componente 1 está en −sep/2 y la componente 2 en +sep/2 (ambas con varianza 1).</translation>
    </message>
    <message>
        <source>True share of points drawn from component 1 (blue).</source>
        <translation>Proporción verdadera de puntos extraídos de la componente 1 (azul).</translation>
    </message>
    <message>
        <source>Random seed: the same seed always draws the same sample.</source>
        <translation>Semilla aleatoria: la misma semilla siempre extrae la misma muestra.</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Nueva muestra</translation>
    </message>
    <message>
        <source>Draw a new sample with the next seed and start over.</source>
        <translation>Extraer una nueva muestra con la siguiente semilla y empezar de nuevo.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separación</translation>
    </message>
    <message>
        <source>True π</source>
        <translation>π verdadero</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Number of components K (1 to {max}). Changing it starts over with the means at the data&apos;s quantiles.</source>
        <translation>Número de componentes K (1 a {max}). Cambiarlo empieza de nuevo, con las medias en los cuantiles de los datos.</translation>
    </message>
    <message>
        <source>Fixed at 1: the course&apos;s model. Shared: one σ for every component, estimated. Each its own: one σ per component, estimated (the likelihood then has no maximum: a component can shrink onto one point).</source>
        <translation>Fija en 1: el modelo del curso. Común: un único σ para todas las componentes, estimado. Propia de cada una: un σ por componente, estimado (la verosimilitud entonces no tiene máximo: una componente puede encogerse sobre un punto).</translation>
    </message>
    <message>
        <source>Floor on σ (1/1000 of spread)</source>
        <translation>Mínimo de σ (dispersión/1000)</translation>
    </message>
    <message>
        <source>A floor on σ. Off, a component can collapse onto a single point: σ goes to 0 and the log likelihood grows without bound. Turn it off to show that.</source>
        <translation>Un mínimo para σ. Sin él, una componente puede colapsar sobre un único punto: σ tiende a 0 y la log-verosimilitud crece sin límite. Desactívelo para mostrarlo.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Variances</source>
        <translation>Varianzas</translation>
    </message>
    <message>
        <source>Start value of π = P(Z = 1), the weight of component 1.</source>
        <translation>Valor inicial de π = P(Z = 1), el peso de la componente 1.</translation>
    </message>
    <message>
        <source>Start value of μ₁ (blue). You can also drag the blue marker at step 0.</source>
        <translation>Valor inicial de μ₁ (azul). También puede arrastrar el marcador azul en el paso 0.</translation>
    </message>
    <message>
        <source>Start value of μ₂ (orange). You can also drag the orange marker at step 0.</source>
        <translation>Valor inicial de μ₂ (naranja). También puede arrastrar el marcador naranja en el paso 0.</translation>
    </message>
    <message>
        <source>Start value of μ{k}. You can also drag its marker at step 0.</source>
        <translation>Valor inicial de μ{k}. También puede arrastrar su marcador en el paso 0.</translation>
    </message>
    <message>
        <source>Start value of σ for every component. At step 0 you can also drag a component&apos;s dotted σ handle.</source>
        <translation>Valor inicial de σ para todas las componentes. En el paso 0 también puede arrastrar el asa punteada de σ de una componente.</translation>
    </message>
    <message>
        <source>Weights start equal, 1/K each.</source>
        <translation>Los pesos empiezan iguales, 1/K cada uno.</translation>
    </message>
    <message>
        <source>Start values</source>
        <translation>Valores iniciales</translation>
    </message>
    <message>
        <source>Converged when the log likelihood rises by less than this. Type a number such as 1e-6; the arrows multiply or divide by 10.</source>
        <translation>Convergencia cuando la log-verosimilitud sube menos que este valor. Escriba un número como 1e-6; las flechas multiplican o dividen por 10.</translation>
    </message>
    <message>
        <source>Play stops after this many iterations even if not converged.</source>
        <translation>La reproducción se detiene tras este número de iteraciones aunque no haya convergido.</translation>
    </message>
    <message>
        <source>Stopping rule</source>
        <translation>Regla de parada</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Max iterations</source>
        <translation>Máx. iteraciones</translation>
    </message>
    <message>
        <source>Play speed, in EM iterations a second (1 to 30).</source>
        <translation>Velocidad de reproducción, en iteraciones de EM por segundo (1 a 30).</translation>
    </message>
    <message>
        <source>{value} it/s</source>
        <translation>{value} it./s</translation>
    </message>
    <message>
        <source>Smooth motion</source>
        <translation>Movimiento suave</translation>
    </message>
    <message>
        <source>Glide the curves from one step to the next instead of jumping.</source>
        <translation>Deslizar las curvas de un paso al siguiente en lugar de saltar.</translation>
    </message>
    <message>
        <source>Half steps (E and M separately)</source>
        <translation>Medios pasos (E y M por separado)</translation>
    </message>
    <message>
        <source>Step shows the E-step (new colours) and the M-step (new curves) one at a time.</source>
        <translation>Paso muestra el paso E (nuevos colores) y el paso M (nuevas curvas) de uno en uno.</translation>
    </message>
    <message>
        <source>Show the truth</source>
        <translation>Mostrar la verdad</translation>
    </message>
    <message>
        <source>For simulated data: draw the true mixture (dashed) and sort the marks into two rows, circles for points drawn from component 1 and triangles for component 2.</source>
        <translation>Para datos simulados: dibujar la mezcla verdadera (discontinua) y ordenar las marcas en dos filas, círculos para los puntos extraídos de la componente 1 y triángulos para la componente 2.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Data from {source}. Press New sample to simulate data instead.</source>
        <translation>Datos de {source}. Pulse Nueva muestra para simular datos en su lugar.</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Data and fitted densities</source>
        <extracomment>At most this many observations get their own mark; larger samples show a fixed random subset. Seed of that subset, so the same data always show the same marks. Bins of the responsibility strip shown when n &gt; SAMPLE_MAX. Colour steps of the marks: enough to look continuous, few enough to cache the symbols. Index of the neutral grey brush (marks before the first E-step) for two components. Opacity steps of a mark for three or more components (colour: its most likely component). Points of the x grid on which the curves are evaluated (it spans the visible x range): about one every 4 pixels on a 1280-wide window, where a chord of a density curve strays from it by well under a pixel; more would only cost drawing time at every frame. A click or hover finds the nearest mark within this many pixels. Where a narrow component gets its own points, in sigmas from its mean. Subscript digits for component names. The y range grows for a tall curve up to this many times the histogram&apos;s peak. The start the user chose by dragging means or sigma handles (a Mixture).</extracomment>
        <translation>Datos y densidades ajustadas</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densidad</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>mixture</source>
        <translation>mezcla</translation>
    </message>
    <message>
        <source>true mixture</source>
        <translation>mezcla verdadera</translation>
    </message>
    <message>
        <source>marks: r = P(Z=1 | x) from 0 {ramp} 1</source>
        <translation>marcas: r = P(Z=1 | x) de 0 {ramp} 1</translation>
    </message>
    <message>
        <source>marks: colour of the most likely component, faint where it is unsure</source>
        <translation>marcas: color de la componente más probable, pálido donde hay duda</translation>
    </message>
    <message>
        <source>, ● true Z = 1, ▲ true Z = 2</source>
        <translation>, ● Z verdadero = 1, ▲ Z verdadero = 2</translation>
    </message>
    <message>
        <source> (a random {shown} of {n} points)</source>
        <translation> ({shown} puntos al azar de {n})</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Data files (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>Archivos de datos (*.txt *.csv *.tsv *.dat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The column chosen last for each data file with several (file path -&gt; column name).</extracomment>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>&amp;Open Data…</source>
        <extracomment>The File menu, in order; None is a separator. Shortcuts follow each platform&apos;s conventions.</extracomment>
        <translation>&amp;Abrir datos…</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Abrir &amp;sesión…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Guardar sesión &amp;como…</translation>
    </message>
    <message>
        <source>&amp;History as CSV…</source>
        <extracomment>File &gt; Export, in order (the views&apos; pictures go between the CSV files and the window).</extracomment>
        <translation>&amp;Historial como CSV…</translation>
    </message>
    <message>
        <source>&amp;Responsibilities as CSV…</source>
        <translation>&amp;Responsabilidades como CSV…</translation>
    </message>
    <message>
        <source>Whole &amp;Window as Picture…</source>
        <translation>&amp;Ventana completa como imagen…</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <extracomment>A short sentence for the status bar after a command succeeded. Unsaved changes appeared (True) or were saved or opened (False). The session file changed (its path, or &apos;&apos; for an untitled session). A session was opened with this speed (iterations a second) and preset key (&apos;&apos; for none). What a reopened session had on screen besides the run (see SessionDocument.view). Says what is on screen besides the run, for a session file (set by the window).</extracomment>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before {doing}?</source>
        <translation>¿Guardar los cambios de «{name}» antes de {doing}?</translation>
    </message>
    <message>
        <source>Without saving, the run and its history are lost.</source>
        <translation>Sin guardar, se pierden la ejecución y su historial.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>cerrar</translation>
    </message>
    <message>
        <source>Open Data</source>
        <translation>Abrir datos</translation>
    </message>
    <message>
        <source>opening other data</source>
        <translation>abrir otros datos</translation>
    </message>
    <message>
        <source> (read as {encoding} text)</source>
        <translation> (leído como texto {encoding})</translation>
    </message>
    <message>
        <source>Opened {source}: {n} values{read_as}.</source>
        <translation>{source} abierto: {n} valores{read_as}.</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>opening another session</source>
        <translation>abrir otra sesión</translation>
    </message>
    <message>
        <source>Recomputing the run of {name}…</source>
        <translation>Recalculando la ejecución de {name}…</translation>
    </message>
    <message>
        <source>Opening {name} was cancelled; nothing was changed.</source>
        <translation>Se canceló la apertura de {name}; no se cambió nada.</translation>
    </message>
    <message>
        <source>Opened the session {name}.</source>
        <translation>Sesión {name} abierta.</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Guardar sesión como</translation>
    </message>
    <message>
        <source>Saved the session as {name}.</source>
        <translation>Sesión guardada como {name}.</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>History saved to</source>
        <translation>Historial guardado en</translation>
    </message>
    <message>
        <source>Export Responsibilities</source>
        <translation>Exportar responsabilidades</translation>
    </message>
    <message>
        <source>There are no responsibilities yet: take the first E-step, then export</source>
        <translation>Todavía no hay responsabilidades: dé el primer paso E y luego exporte</translation>
    </message>
    <message>
        <source>Responsibilities saved to</source>
        <translation>Responsabilidades guardadas en</translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <source>Picture saved to</source>
        <translation>Imagen guardada en</translation>
    </message>
    <message>
        <source>Export Window</source>
        <translation>Exportar ventana</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source> (not found)</source>
        <translation> (no encontrado)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vaciar menú</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>{view} as Picture…</source>
        <translation>{view} como imagen…</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>undefined</source>
        <extracomment>A no-break space: &quot;3.1 × 10⁻⁸&quot; must never be split over two lines. Attributes of every layout table: no gaps, so fractions and text line up. A formula is never broken over two lines: a narrow panel scrolls sideways instead.</extracomment>
        <translation>indefinido</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>step</source>
        <extracomment>Column titles on screen, and the plain names used when copying as text.</extracomment>
        <translation>paso</translation>
    </message>
    <message>
        <source>log L</source>
        <translation>log L</translation>
    </message>
    <message>
        <source>EM iteration</source>
        <translation>Iteración de EM</translation>
    </message>
    <message>
        <source>π: the weight of component 1</source>
        <translation>π: el peso de la componente 1</translation>
    </message>
    <message>
        <source>μ₁: the mean of component 1</source>
        <translation>μ₁: la media de la componente 1</translation>
    </message>
    <message>
        <source>μ₂: the mean of component 2</source>
        <translation>μ₂: la media de la componente 2</translation>
    </message>
    <message>
        <source>log L: the observed-data log likelihood at these parameters (never decreases)</source>
        <translation>log L: la log-verosimilitud de los datos observados con estos parámetros (nunca baja)</translation>
    </message>
    <message>
        <source>{w}: the weight of component {k}</source>
        <extracomment>From this magnitude on a value is shown in scientific notation (its fixed form is too wide). Widest texts expected in the fixed-width columns (a step, a parameter in bold); the log likelihood takes the rest, so on a narrow screen it is the column that gives way. The log likelihood&apos;s column, and the widest text it must show whole (see cell_text). A light tint of the current-iteration colour, dark text on it stays readable. (what, component) per column: what is &quot;step&quot;, &quot;loglik&quot;, &quot;w&quot;, &quot;mu&quot; or &quot;sd&quot;.</extracomment>
        <translation>{w}: el peso de la componente {k}</translation>
    </message>
    <message>
        <source>{mu}: the mean of component {k}</source>
        <translation>{mu}: la media de la componente {k}</translation>
    </message>
    <message>
        <source>σ: the standard deviation every component shares</source>
        <translation>σ: la desviación típica común a todas las componentes</translation>
    </message>
    <message>
        <source>{sd}: the standard deviation of component {k}</source>
        <translation>{sd}: la desviación típica de la componente {k}</translation>
    </message>
</context>
<context>
    <name>MStepPanel</name>
    <message>
        <source>&lt;p&gt;No responsibilities yet. The M-step averages the points weighted by their responsibilities, so it needs an E-step first: press Step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todavía no hay responsabilidades. El paso M promedia los puntos ponderados por sus responsabilidades, así que primero necesita un paso E: pulse Paso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The M-step of iteration {n} used the responsibilities of its E-step and gave the {theta} now shown:</source>
        <translation>El paso M de la iteración {n} usó las responsabilidades de su paso E y dio el {theta} que se muestra ahora:</translation>
    </message>
    <message>
        <source>Responsibilities of iteration {n}. The next M-step turns them into {theta}:</source>
        <translation>Responsabilidades de la iteración {n}. El próximo paso M las convierte en {theta}:</translation>
    </message>
    <message>
        <source>; the squares are about the new means {mu}.</source>
        <translation>; los cuadrados se toman respecto de las nuevas medias {mu}.</translation>
    </message>
    <message>
        <source>no weight at all, so</source>
        <translation>ningún peso, así que</translation>
    </message>
    <message>
        <source>{value} (unchanged)</source>
        <translation>{value} (sin cambios)</translation>
    </message>
    <message>
        <source>One σ for all components: the squared distances of every component are pooled and divided by n.</source>
        <translation>Un único σ para todas las componentes: las distancias al cuadrado de todas las componentes se juntan y se dividen entre n.</translation>
    </message>
    <message>
        <source>Every point counts for each component in proportion to its responsibility {r}; a point&apos;s responsibilities add up to 1.</source>
        <translation>Cada punto cuenta para cada componente en proporción a su responsabilidad {r}; las responsabilidades de un punto suman 1.</translation>
    </message>
    <message>
        <source>{s1} is how many points&apos; worth of weight {swatch1} component 1 gets, and {s2} is {swatch2} component 2&apos;s share; together they make {n}.</source>
        <translation>{s1} es cuántos puntos de peso recibe {swatch1} la componente 1, y {s2} es la parte de {swatch2} la componente 2; juntas suman {n}.</translation>
    </message>
    <message>
        <source>A point with {r} = 0.8 counts as 0.8 of a point for component 1 and 0.2 of a point for component 2.</source>
        <translation>Un punto con {r} = 0,8 cuenta como 0,8 de punto para la componente 1 y 0,2 de punto para la componente 2.</translation>
    </message>
    <message>
        <source>Each new parameter is a division of these sums:</source>
        <translation>Cada nuevo parámetro es un cociente de estas sumas:</translation>
    </message>
    <message>
        <source>{value} (held at the floor)</source>
        <translation>{value} (retenido en el mínimo)</translation>
    </message>
    <message>
        <source>{value} (collapsed onto a point)</source>
        <translation>{value} (colapsado sobre un punto)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Run</source>
        <extracomment>On a screen larger than DEFAULT_SIZE the first window takes this share of it (a projector at 1920x1080 gets a window of 1728x972, not a 1280x800 one in a corner). Glide time as a share of the time between two steps, and its ceiling, in milliseconds. Width of the side column once explanation panels share it with the inputs (formulas need it), and the largest share of the window it may take. Width the history table needs for its five columns at the projector font size, and the most it gets at first (wider, its last column only stretches; the rest goes to the trace plots). Keys that choose another point while the data plot has the keyboard focus. The one group of inputs presentation mode keeps in the side column. Emitted once, when the window first paints (start-up time is measured to it). Emitted when another language rebuilt the window: the new window (see set_language).</extracomment>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Data, start values, stopping rule and playback</source>
        <translation>Datos, valores iniciales, regla de parada y reproducción</translation>
    </message>
    <message>
        <source>Log L</source>
        <translation>Log L</translation>
    </message>
    <message>
        <source>The log likelihood against the EM iteration</source>
        <translation>La log-verosimilitud frente a la iteración de EM</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>M-step</source>
        <translation>Paso M</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Verdad</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Data Plot</source>
        <translation>Gráfico de datos</translation>
    </message>
    <message>
        <source>Log-likelihood Plot</source>
        <translation>Gráfico de log-verosimilitud</translation>
    </message>
    <message>
        <source>Parameter Plot</source>
        <translation>Gráfico de parámetros</translation>
    </message>
    <message>
        <source>History copied to the clipboard as text.</source>
        <translation>Historial copiado al portapapeles como texto.</translation>
    </message>
</context>
<context>
    <name>Mixture</name>
    <message>
        <source>fixed at 1</source>
        <extracomment>The variance forms: fixed at 1 (the seed&apos;s), one shared sigma, one sigma per component.</extracomment>
        <translation>fijas en 1</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>comunes</translation>
    </message>
    <message>
        <source>each its own</source>
        <translation>propias de cada una</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <source>Open Data</source>
        <extracomment>Columns of the file shown in the preview table (a wide file&apos;s first ones). Rows of the file shown in the preview table. The largest share of the screen&apos;s height the dialog takes; a taller body scrolls. Bins of the small histogram of the values on the new scale (Rice&apos;s rule, within these bounds).</extracomment>
        <translation>Abrir datos</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <source>{rows}, 1 numeric column</source>
        <translation>{rows}, 1 columna numérica</translation>
    </message>
    <message>
        <source>{rows}, {k} numeric columns</source>
        <translation>{rows}, {k} columnas numéricas</translation>
    </message>
    <message>
        <source>; 1 blank or comment line skipped</source>
        <translation>; 1 línea vacía o de comentario omitida</translation>
    </message>
    <message>
        <source>; {n} blank or comment lines skipped</source>
        <translation>; {n} líneas vacías o de comentario omitidas</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Columna:</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Put the data on the model’s scale</source>
        <translation>Llevar los datos a la escala del modelo</translation>
    </message>
    <message>
        <source>The model fixes the variance of each component at 1, so one unit should be the spread within a component.</source>
        <translation>Varianza de cada componente fija en 1: una unidad debe ser la dispersión de una componente.</translation>
    </message>
    <message>
        <source>&amp;Divide every value by</source>
        <translation>&amp;Dividir entre</translation>
    </message>
    <message>
        <source>Use &amp;estimate</source>
        <translation>Usar la &amp;estimación</translation>
    </message>
    <message>
        <source>On the new scale</source>
        <translation>En la nueva escala</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>The first {n} rows of the file</source>
        <translation>Las primeras {n} filas del archivo</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>value on the new scale</source>
        <translation>valor en la nueva escala</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 unidad</translation>
    </message>
    <message>
        <source>Spread of “{column}”</source>
        <translation>Dispersión de «{column}»</translation>
    </message>
    <message>
        <source>mean {mean}    sd {sd}    range {low} to {high}</source>
        <translation>media {mean}    d.t. {sd}    de {low} a {high}</translation>
    </message>
    <message>
        <source>Every value is the same, so there is no spread to scale.</source>
        <translation>Todos los valores son iguales, así que no hay dispersión que escalar.</translation>
    </message>
    <message>
        <source>Estimated spread within a component: {value} (a fit of two groups that share one spread).</source>
        <translation>Dispersión estimada en una componente: {value} (dos grupos con una dispersión común).</translation>
    </message>
    <message>
        <source>&amp;Subtract the mean ({mean})</source>
        <translation>&amp;Restar la media ({mean})</translation>
    </message>
    <message>
        <source>Dividing by so small a number makes values infinite.</source>
        <translation>Dividir entre un número tan pequeño hace infinitos los valores.</translation>
    </message>
</context>
<context>
    <name>PointPanel</name>
    <message>
        <source>Click a point in the data plot, or choose its number above, to see how the E-step computes its responsibility.</source>
        <extracomment>Space under each line of the worked formula, so stacked fractions never touch.</extracomment>
        <translation>Haga clic en un punto del gráfico de datos, o elija su número arriba, para ver cómo el paso E calcula su responsabilidad.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The selected point changed (0-based index, or None): the data view may highlight it. The &quot;follow the mouse&quot; box was toggled: the data view may start or stop reporting hovers.</extracomment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Point number</source>
        <translation>Número de punto</translation>
    </message>
    <message>
        <source>The number i of the observation to inspect (1 to n)</source>
        <translation>El número i de la observación que se examina (1 a n)</translation>
    </message>
    <message>
        <source>Most uncertain</source>
        <translation>Más incierto</translation>
    </message>
    <message>
        <source>Pick the point whose responsibility is closest to ½</source>
        <translation>Elegir el punto cuya responsabilidad está más cerca de ½</translation>
    </message>
    <message>
        <source>Follow the mouse</source>
        <translation>Seguir el ratón</translation>
    </message>
    <message>
        <source>Inspect the point under the mouse instead of the clicked one</source>
        <translation>Examinar el punto bajo el ratón en lugar del pulsado</translation>
    </message>
    <message>
        <source>Point &amp;i:</source>
        <translation>Punto &amp;i:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point {i} = {n}&lt;/b&gt;, {x} = {value}</source>
        <translation>&lt;b&gt;Punto {i} = {n}&lt;/b&gt;, {x} = {value}</translation>
    </message>
    <message>
        <source>the file&apos;s units</source>
        <translation>las unidades del archivo</translation>
    </message>
    <message>
        <source> &amp;nbsp;({value} in {unit})</source>
        <translation> &amp;nbsp;({value} en {unit})</translation>
    </message>
    <message>
        <source> &amp;nbsp;(drawn from {swatch} component {k})</source>
        <translation> &amp;nbsp;(extraído de {swatch} la componente {k})</translation>
    </message>
    <message>
        <source>No E-step yet. The first E-step, at {theta}, will compute:</source>
        <translation>Todavía no hay paso E. El primer paso E, en {theta}, calculará:</translation>
    </message>
    <message>
        <source>The colours still come from the E-step of iteration {n}, at {theta}; the M-step has since moved the curves.</source>
        <translation>Los colores aún vienen del paso E de la iteración {n}, en {theta}; desde entonces el paso M ha movido las curvas.</translation>
    </message>
    <message>
        <source>E-step of iteration {n}, at {theta}:</source>
        <translation>Paso E de la iteración {n}, en {theta}:</translation>
    </message>
    <message>
        <source>The denominator, {sum} = {terms} = {total}</source>
        <translation>El denominador, {sum} = {terms} = {total}</translation>
    </message>
    <message>
        <source>So point {i} most likely belongs to {swatch} component {k}, with probability &lt;b&gt;{p}&lt;/b&gt;; the responsibilities of a point always add up to 1.</source>
        <translation>Así que el punto {i} pertenece muy probablemente a {swatch} la componente {k}, con probabilidad &lt;b&gt;{p}&lt;/b&gt;; las responsabilidades de un punto siempre suman 1.</translation>
    </message>
    <message>
        <source>where</source>
        <translation>donde</translation>
    </message>
    <message>
        <source>φ is the normal density:</source>
        <translation>φ es la densidad normal:</translation>
    </message>
    <message>
        <source>So point {i} belongs to {swatch1} component 1 with probability &lt;b&gt;{r}&lt;/b&gt; and to {swatch2} component 2 with probability &lt;b&gt;{s}&lt;/b&gt;.</source>
        <translation>Así que el punto {i} pertenece a {swatch1} la componente 1 con probabilidad &lt;b&gt;{r}&lt;/b&gt; y a {swatch2} la componente 2 con probabilidad &lt;b&gt;{s}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>φ is the normal density with variance 1:</source>
        <translation>φ es la densidad normal con varianza 1:</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>The seed&apos;s reference run</source>
        <extracomment>Keys of teachers&apos; own presets start with this, so they never clash with a built-in key. The model fitted: the seed&apos;s two unit-variance components unless said otherwise.</extracomment>
        <translation>Ejecución de referencia del script</translation>
    </message>
    <message>
        <source>80 points from two bell curves 2.4 apart, started at π = 0.5, μ₁ = −0.5, μ₂ = 0.5. Step 8 times and compare the history with the original script&apos;s printout: the numbers agree to every digit shown. Keep stepping to watch it converge.</source>
        <translation>80 puntos de dos curvas de campana separadas 2,4, con inicio en π = 0,5, μ₁ = −0,5, μ₂ = 0,5. Dé 8 pasos y compare el historial con la salida del script original: los números coinciden en cada cifra mostrada. Siga avanzando para ver la convergencia.</translation>
    </message>
    <message>
        <source>Well separated</source>
        <translation>Bien separados</translation>
    </message>
    <message>
        <source>The same kind of sample, but the two groups are 6 apart instead of 2.4. After a few iterations almost every responsibility is close to 0 or 1: each point clearly belongs to one component, and EM behaves like sorting the points into two groups and averaging each group. It converges in a handful of iterations.</source>
        <translation>El mismo tipo de muestra, pero los dos grupos están a 6 de distancia en lugar de 2,4. Tras unas pocas iteraciones casi todas las responsabilidades están cerca de 0 o de 1: cada punto pertenece claramente a una componente, y EM se comporta como si ordenara los puntos en dos grupos y promediara cada grupo. Converge en unas pocas iteraciones.</translation>
    </message>
    <message>
        <source>Reduced separation</source>
        <translation>Separación reducida</translation>
    </message>
    <message>
        <source>The groups are only 1.5 apart, so they overlap heavily. Many points keep responsibilities far from 0 and 1 (soft assignments), so each mean is pulled by points of both groups. The means creep apart slowly: EM needs over a hundred iterations to converge.</source>
        <translation>Los grupos están a solo 1,5 de distancia, así que se solapan mucho. Muchos puntos conservan responsabilidades lejos de 0 y 1 (asignaciones suaves), así que cada media es atraída por puntos de ambos grupos. Las medias se separan despacio: EM necesita más de cien iteraciones para converger.</translation>
    </message>
    <message>
        <source>Change the seed</source>
        <translation>Cambiar la semilla</translation>
    </message>
    <message>
        <source>The same truth as the reference run (π = 0.45, means ±1.2), but a different random sample: seed 2024 instead of 531. The fit lands somewhere else (π ≈ 0.39 instead of 0.31), because the estimate depends on the sample drawn, not only on the truth.</source>
        <translation>La misma verdad que la ejecución de referencia (π = 0,45, medias ±1,2), pero otra muestra aleatoria: semilla 2024 en lugar de 531. El ajuste cae en otro sitio (π ≈ 0,39 en lugar de 0,31), porque la estimación depende de la muestra extraída, no solo de la verdad.</translation>
    </message>
    <message>
        <source>Symmetric start (μ₁ = μ₂)</source>
        <translation>Inicio simétrico (μ₁ = μ₂)</translation>
    </message>
    <message>
        <source>Both components start at the same mean, 0. Then every point gets the same responsibility, both means move to the same weighted average, and they stay equal: EM cannot separate the components from a symmetric start, because nothing in the data tells one component from the other. The log likelihood stops rising at once: EM stands on a saddle point, not at the best fit, and stays there for ever.</source>
        <translation>Ambas componentes empiezan en la misma media, 0. Entonces cada punto recibe la misma responsabilidad, ambas medias van al mismo promedio ponderado y siguen iguales: EM no puede separar las componentes desde un inicio simétrico, porque nada en los datos distingue una componente de la otra. La log-verosimilitud deja de subir enseguida: EM está en un punto de silla, no en el mejor ajuste, y se queda ahí para siempre.</translation>
    </message>
    <message>
        <source>Swapped start (μ₁ &gt; μ₂)</source>
        <translation>Inicio intercambiado (μ₁ &gt; μ₂)</translation>
    </message>
    <message>
        <source>The reference run mirrored: component 1 starts on the right and component 2 on the left. EM finds the same fit with the labels exchanged: μ₁ and μ₂ trade places and π becomes 1 − π, with exactly the same log likelihood. This is label switching: the numbers 1 and 2 are names, and the data cannot tell which is which.</source>
        <translation>La ejecución de referencia en espejo: la componente 1 empieza a la derecha y la componente 2 a la izquierda. EM encuentra el mismo ajuste con las etiquetas intercambiadas: μ₁ y μ₂ cambian de lugar y π pasa a ser 1 − π, con exactamente la misma log-verosimilitud. Es el cambio de etiquetas (label switching): los números 1 y 2 son nombres, y los datos no pueden decir cuál es cuál.</translation>
    </message>
    <message>
        <source>Unbalanced weights (true π = 0.1)</source>
        <translation>Pesos desiguales (π verdadero = 0,1)</translation>
    </message>
    <message>
        <source>Only about one point in ten comes from component 1. Watch π fall from 0.5 towards 0.1: the small component has few points to average, so its mean is less certain and EM needs more iterations to settle.</source>
        <translation>Solo alrededor de uno de cada diez puntos viene de la componente 1. Observe cómo π baja de 0,5 hacia 0,1: la componente pequeña tiene pocos puntos que promediar, así que su media es menos segura y EM necesita más iteraciones para estabilizarse.</translation>
    </message>
    <message>
        <source>Start far from the data</source>
        <translation>Inicio lejos de los datos</translation>
    </message>
    <message>
        <source>Both means start far to the right of every point (μ₁ = 6, μ₂ = 9). The first E-step gives almost every point to component 1, the nearer one, so π jumps to nearly 1 and component 2 is almost empty. EM recovers, pulled back by the few points on the far right, but needs about 50 iterations to reach the reference run&apos;s fit.</source>
        <translation>Ambas medias empiezan muy a la derecha de todos los puntos (μ₁ = 6, μ₂ = 9). El primer paso E da casi todos los puntos a la componente 1, la más cercana, así que π salta casi a 1 y la componente 2 queda casi vacía. EM se recupera, atraído por los pocos puntos del extremo derecho, pero necesita unas 50 iteraciones para llegar al ajuste de la ejecución de referencia.</translation>
    </message>
    <message>
        <source>Three components: a good start</source>
        <translation>Tres componentes: un buen inicio</translation>
    </message>
    <message>
        <source>150 points: a big group around 0 and two small ones near 4 and 6, fitted with three components sharing one σ. Started with a mean in each group, EM finds all three: the two small clusters get a component each (final log L ≈ −303.6). Then try the next preset, with the same data and a worse start.</source>
        <translation>150 puntos: un grupo grande alrededor de 0 y dos pequeños cerca de 4 y 6, ajustados con tres componentes que comparten un σ. Empezando con una media en cada grupo, EM encuentra los tres: los dos grupos pequeños reciben una componente cada uno (log L final ≈ −303,6). Luego pruebe el siguiente escenario, con los mismos datos y un inicio peor.</translation>
    </message>
    <message>
        <source>Three components: a poor start</source>
        <translation>Tres componentes: un mal inicio</translation>
    </message>
    <message>
        <source>The same 150 points, but two means start in the big group and one between the small ones. EM ends with two components on top of each other in the big group and one wide component covering both small clusters: a worse fit (log L ≈ −313.7 against −303.6) that EM cannot leave. In more general mixtures EM depends on where it starts: try several starts and keep the best.</source>
        <translation>Los mismos 150 puntos, pero dos medias empiezan en el grupo grande y una entre los pequeños. EM termina con dos componentes superpuestas en el grupo grande y una componente ancha que cubre los dos grupos pequeños: un ajuste peor (log L ≈ −313,7 frente a −303,6) del que EM no puede salir. En mezclas más generales EM depende de dónde empieza: pruebe varios inicios y quédese con el mejor.</translation>
    </message>
    <message>
        <source>Free σ: a component collapses</source>
        <translation>σ libre: una componente colapsa</translation>
    </message>
    <message>
        <source>The reference sample, fitted with two components that each estimate their own σ, and the σ floor turned off. Component 1 starts narrow on the lowest point, which stands apart from the rest. Step: its σ shrinks towards 0 and the log likelihood shoots up. That is no better fit: the likelihood of a mixture with free variances has no maximum. With the floor back on (Setup), EM is held at σ = 1/1000 of the spread: the numbers stay finite, but the spike shows the pull is still there.</source>
        <translation>La muestra de referencia, ajustada con dos componentes que estiman cada una su propia σ, y el mínimo de σ desactivado. La componente 1 empieza estrecha sobre el punto más bajo, que está apartado del resto. Paso: su σ se encoge hacia 0 y la log-verosimilitud se dispara. No es un ajuste mejor: la verosimilitud de una mezcla con varianzas libres no tiene máximo. Con el mínimo activado de nuevo (Datos), EM se detiene en σ = 1/1000 de la dispersión: los números siguen siendo finitos, pero el pico muestra que la atracción sigue ahí.</translation>
    </message>
    <message>
        <source>Shared σ: a geyser&apos;s eruptions</source>
        <translation>σ común: las erupciones de un géiser</translation>
    </message>
    <message>
        <source>272 simulated eruption lengths in minutes, like the famous Old Faithful data: short eruptions near 2 minutes and long ones near 4.3. The fixed variance of 1 would be far too wide here, so both components share one estimated σ. EM finds the two kinds of eruption in a few iterations, with σ ≈ 0.35 minutes.</source>
        <translation>272 duraciones de erupción simuladas, en minutos, como los famosos datos de Old Faithful: erupciones cortas de unos 2 minutos y largas de unos 4,3. La varianza fija de 1 sería demasiado ancha aquí, así que ambas componentes comparten un σ estimado. EM encuentra los dos tipos de erupción en pocas iteraciones, con σ ≈ 0,35 minutos.</translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <source>Sample: {n} = {count} from {k} components (means {means}), seed {seed}.</source>
        <extracomment>Wider than this, the explanation sits beside the list instead of under it. The widest the list asks to be for its titles, at 100 % (a long title of one&apos;s own scrolls).</extracomment>
        <translation>Muestra: {n} = {count} de {k} componentes (medias {means}), semilla {seed}.</translation>
    </message>
    <message>
        <source>Sample: {n} = {count}, separation {sep}, true {pi} = {true_pi}, seed {seed}.</source>
        <translation>Muestra: {n} = {count}, separación {sep}, {pi} verdadero = {true_pi}, semilla {seed}.</translation>
    </message>
    <message>
        <source>Start: {values}</source>
        <translation>Inicio: {values}</translation>
    </message>
    <message>
        <source>Model: {model}.&lt;br&gt;Start: means {means}</source>
        <translation>Modelo: {model}.&lt;br&gt;Inicio: medias {means}</translation>
    </message>
    <message>
        <source> (no σ floor)</source>
        <translation> (sin mínimo para σ)</translation>
    </message>
    <message>
        <source>{sample}&lt;br&gt;{start}; tolerance {tol}</source>
        <translation>{sample}&lt;br&gt;{start}; tolerancia {tol}</translation>
    </message>
    <message>
        <source>1 component, variances {form}</source>
        <translation>1 componente, varianzas {form}</translation>
    </message>
    <message>
        <source>{k} components, variances {form}</source>
        <translation>{k} componentes, varianzas {form}</translation>
    </message>
    <message>
        <source>Save current settings as a preset</source>
        <translation>Guardar los ajustes actuales como escenario</translation>
    </message>
    <message>
        <source>e.g. Tuesday&apos;s demo: overlapping groups</source>
        <translation>p. ej. Demostración del martes: grupos solapados</translation>
    </message>
    <message>
        <source>What should students notice? (optional)</source>
        <translation>¿Qué deben notar los estudiantes? (opcional)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explicación:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Ajustes:</translation>
    </message>
    <message>
        <source>Presets</source>
        <extracomment>A Preset to load: the window calls session.simulate_from(p.simulation, p.start) and session.set_tolerance(p.tol). The teacher&apos;s presets changed (saved or deleted); carries the new list of Presets.</extracomment>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <source>Draw this sample and start EM from this preset&apos;s start values (or double-click the preset, or press Enter in the list)</source>
        <translation>Extraer esta muestra y empezar EM desde los valores iniciales de este escenario (o haga doble clic en el escenario, o pulse Intro en la lista)</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete this preset of your own (built-in presets stay)</source>
        <translation>Eliminar este escenario propio (los escenarios incluidos se quedan)</translation>
    </message>
    <message>
        <source>Only simulated data can be saved as a preset; these data came from a file.</source>
        <translation>Solo los datos simulados se pueden guardar como escenario; estos datos vienen de un archivo.</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <source>Delete the preset “{title}”?</source>
        <translation>¿Eliminar el escenario «{title}»?</translation>
    </message>
    <message>
        <source>Your own preset</source>
        <translation>Su propio escenario</translation>
    </message>
    <message>
        <source>Built-in preset</source>
        <translation>Escenario incluido</translation>
    </message>
    <message>
        <source>&lt;i&gt;No explanation was written.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No se escribió ninguna explicación.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>; suggested: {n} steps</source>
        <translation>; sugerido: {n} pasos</translation>
    </message>
    <message>
        <source> (your own preset)</source>
        <translation> (su propio escenario)</translation>
    </message>
    <message>
        <source>Keep the current sample settings, start values and tolerance as a preset</source>
        <translation>Conservar los ajustes de muestra, valores iniciales y tolerancia actuales como escenario</translation>
    </message>
    <message>
        <source>Only simulated data can be saved as a preset</source>
        <translation>Solo los datos simulados se pueden guardar como escenario</translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation>No se puede guardar el escenario</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Iteration {n}</source>
        <translation>Iteración {n}</translation>
    </message>
    <message>
        <source>Iteration {n} ({after})</source>
        <translation>Iteración {n} ({after})</translation>
    </message>
    <message>
        <source>start values</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>after E-step</source>
        <translation>tras E</translation>
    </message>
    <message>
        <source>after M-step</source>
        <translation>tras M</translation>
    </message>
    <message>
        <source>Stopped on a saddle at iteration {n}</source>
        <translation>Detenido en un punto de silla en la iteración {n}</translation>
    </message>
    <message>
        <source>Converged at iteration {n}</source>
        <translation>Convergió en la iteración {n}</translation>
    </message>
    <message>
        <source>Not converged after {n} iterations</source>
        <translation>Sin convergencia tras {n} iteraciones</translation>
    </message>
    <message>
        <source>Not converged yet</source>
        <translation>Aún no converge</translation>
    </message>
    <message>
        <source>Play stopped: a component collapsed onto a point.</source>
        <translation>Reproducción detenida: una componente colapsó sobre un punto.</translation>
    </message>
    <message>
        <source>Play stopped: EM stands still on a saddle.</source>
        <translation>Reproducción detenida: EM está quieto en un punto de silla.</translation>
    </message>
    <message>
        <source>Play stopped: converged.</source>
        <translation>Reproducción detenida: convergió.</translation>
    </message>
    <message>
        <source>Play stopped: limit of {n} iterations.</source>
        <translation>Reproducción detenida: límite de {n} iteraciones.</translation>
    </message>
    <message>
        <source>The log likelihood rose by less than the tolerance {tol} in the last iteration.</source>
        <translation>La log-verosimilitud subió menos que la tolerancia {tol} en la última iteración.</translation>
    </message>
    <message>
        <source>EM did not converge within the maximum of {n} iterations; raise it under Stopping rule to go on.</source>
        <translation>EM no convergió dentro del máximo de {n} iteraciones; auméntelo en Regla de parada para continuar.</translation>
    </message>
    <message>
        <source>log L = {value}</source>
        <translation>log L = {value}</translation>
    </message>
    <message>
        <source>last increase {rise}</source>
        <translation>último aumento {rise}</translation>
    </message>
    <message>
        <source>The EM iteration shown (0 is the start values).</source>
        <translation>La iteración de EM mostrada (0 son los valores iniciales).</translation>
    </message>
    <message>
        <source>Observed-data log likelihood at the parameters shown.</source>
        <translation>Log-verosimilitud de los datos observados con los parámetros mostrados.</translation>
    </message>
    <message>
        <source>How much the log likelihood rose in the last iteration (EM never lowers it).</source>
        <translation>Cuánto subió la log-verosimilitud en la última iteración (EM nunca la hace bajar).</translation>
    </message>
    <message>
        <source>Converged once a rise is smaller than the tolerance.</source>
        <translation>Convergencia en cuanto un aumento es menor que la tolerancia.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Step {n} of {total}</source>
        <extracomment>Above this many stops the tick marks would merge into a grey bar, so none are drawn.</extracomment>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>A timeline position (0 .. state.last_position) the user asked to see: wire to session.seek.</extracomment>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Drag, or use Left/Right, to show any recorded step</source>
        <translation>Arrastre, o use Izquierda/Derecha, para mostrar cualquier paso registrado</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Línea de tiempo</translation>
    </message>
</context>
<context>
    <name>TraceViews</name>
    <message>
        <source>EM iteration</source>
        <extracomment>The x axis first shows this many iterations and then grows by about a quarter at a time. Symbol pens and brushes are made once: pyqtgraph caches a symbol&apos;s picture under the identity of its pen and brush, so a colour given by name would render it anew every step. Traces show a dot per iteration up to this many iterations (then the dots merge anyway). Width of the left axes, fixed so that stacked plots line up.</extracomment>
        <translation>Iteración</translation>
    </message>
    <message>
        <source>observed-data log likelihood</source>
        <translation>log-verosimilitud de los datos observados</translation>
    </message>
    <message>
        <source>log likelihood</source>
        <translation>log-verosimilitud</translation>
    </message>
    <message>
        <source>log L</source>
        <translation>log L</translation>
    </message>
    <message>
        <source>⚠ The log likelihood fell at iteration {where}. EM never lowers it, so this points to a bug or to lost precision.</source>
        <translation>⚠ La log-verosimilitud bajó en la iteración {where}. EM nunca la hace bajar, así que esto indica un error o pérdida de precisión.</translation>
    </message>
    <message>
        <source>⚠ The log likelihood fell at iterations {where}. EM never lowers it, so this points to a bug or to lost precision.</source>
        <translation>⚠ La log-verosimilitud bajó en las iteraciones {where}. EM nunca la hace bajar, así que esto indica un error o pérdida de precisión.</translation>
    </message>
    <message>
        <source>log L = {value}</source>
        <translation>log L = {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log likelihood&lt;/b&gt;</source>
        <translation>&lt;b&gt;Log-verosimilitud&lt;/b&gt;</translation>
    </message>
    <message>
        <source>iteration {n}</source>
        <translation>iteración {n}</translation>
    </message>
    <message>
        <source>, after the E-step</source>
        <translation>, tras E</translation>
    </message>
    <message>
        <source>, after the M-step</source>
        <translation>, tras M</translation>
    </message>
    <message>
        <source>✓ converged ​at iteration {n}</source>
        <translation>✓ convergió ​en la iteración {n}</translation>
    </message>
    <message>
        <source>means μ₁, μ₂</source>
        <translation>medias μ₁, μ₂</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>means</source>
        <translation>medias</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parámetros&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{swatch} true values</source>
        <translation>{swatch} valores verdaderos</translation>
    </message>
</context>
<context>
    <name>TruthPanel</name>
    <message>
        <source>This count uses the responsibilities of the previous {theta} (the E-step of iteration {n}): the M-step has since moved the estimate to {now}, whose responsibilities come with the next E-step.</source>
        <extracomment>K components: the true component (0-based) matched to each fitted one.</extracomment>
        <translation>Este recuento usa las responsabilidades del {theta} anterior (el paso E de la iteración {n}): desde entonces el paso M ha movido la estimación a {now}, cuyas responsabilidades llegan con el próximo paso E.</translation>
    </message>
    <message>
        <source>This count uses the responsibilities of {theta}, the estimate in the table.</source>
        <translation>Este recuento usa las responsabilidades de {theta}, la estimación de la tabla.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message>
        <source>&lt;p&gt;These data came from {source}, not from the simulator, so the true parameters are unknown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Estos datos vienen de {source}, no del simulador, así que los parámetros verdaderos son desconocidos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Estimate {theta}</source>
        <translation>Estimación {theta}</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Verdad</translation>
    </message>
    <message>
        <source>&lt;p&gt;The data were drawn from {k} components; the model fits {fit}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los datos se extrajeron de {k} componentes; el modelo ajusta {fit}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The agreement with the true labels appears after the first E-step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La concordancia con las etiquetas verdaderas aparece tras el primer paso E.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The most probable component is the true one for &lt;b&gt;{matched} of {n}&lt;/b&gt; points ({percent}%), with the components&apos; names matched in the best way: EM&apos;s numbers 1, 2, … carry no meaning, so any relabelling of the fit is just as good.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La componente más probable es la verdadera para &lt;b&gt;{matched} de {n}&lt;/b&gt; puntos ({percent} %), emparejando los nombres de las componentes de la mejor manera: los números 1, 2, … de EM no significan nada, así que cualquier reetiquetado del ajuste es igual de bueno.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;In the file&apos;s units{unit}:&lt;/b&gt; {mu1} = {v1}, {mu2} = {v2}, and each component&apos;s spread is {spread} (the model works on {model}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;En las unidades del archivo{unit}:&lt;/b&gt; {mu1} = {v1}, {mu2} = {v2}, y la dispersión de cada componente es {spread} (el modelo trabaja con {model}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Estimate&lt;br&gt;{theta}</source>
        <translation>Estimación&lt;br&gt;{theta}</translation>
    </message>
    <message>
        <source>Truth&lt;br&gt;&amp;nbsp;</source>
        <translation>Verdad&lt;br&gt;&amp;nbsp;</translation>
    </message>
    <message>
        <source>Truth with&lt;br&gt;1 and 2 exchanged</source>
        <translation>Verdad con&lt;br&gt;1 y 2 intercambiados</translation>
    </message>
    <message>
        <source>&lt;p&gt;In this sample {drawn} of {n} points ({percent}%) were drawn from component 1; the true {pi} is the share expected in a very large sample.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En esta muestra, {drawn} de {n} puntos ({percent} %) se extrajeron de la componente 1; el {pi} verdadero es la proporción esperada en una muestra muy grande.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The most probable component is the true one for &lt;b&gt;{matched} of {n}&lt;/b&gt; points ({percent}%).&lt;/p&gt;</source>
        <translation>&lt;p&gt;La componente más probable es la verdadera para &lt;b&gt;{matched} de {n}&lt;/b&gt; puntos ({percent} %).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The labels are swapped:&lt;/b&gt; the fit calls the true component 1 “component 2” and the other way round. That is label switching: the names 1 and 2 carry no information, so the fit is just as good; compare with the last column.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Las etiquetas están intercambiadas:&lt;/b&gt; el ajuste llama «componente 2» a la componente 1 verdadera, y al revés. Es el cambio de etiquetas (label switching): los nombres 1 y 2 no llevan información, así que el ajuste es igual de bueno; compare con la última columna.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
