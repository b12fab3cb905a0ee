<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>One EM iteration: E-step, then M-step</source>
        <translation>Eine EM-Iteration: E-Schritt, dann M-Schritt</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Run EM until it converges or reaches the maximum iterations</source>
        <translation>EM laufen lassen, bis es konvergiert oder die Höchstzahl an Iterationen erreicht</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back one step through the history</source>
        <translation>Einen Schritt in der Historie zurückgehen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the start values, same data</source>
        <translation>Zurück zu den Startwerten, gleiche Daten</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Neue Stichprobe</translation>
    </message>
    <message>
        <source>Draw a new sample with the next seed and start over</source>
        <translation>Eine neue Stichprobe mit dem nächsten Seed ziehen und neu beginnen</translation>
    </message>
    <message>
        <source>Simulate K Components…</source>
        <translation>K Komponenten simulieren…</translation>
    </message>
    <message>
        <source>Draw a sample from up to six components: a weight, a mean and a σ for each</source>
        <translation>Eine Stichprobe aus bis zu sechs Komponenten ziehen: je ein Gewicht, ein Mittelwert und ein σ</translation>
    </message>
    <message>
        <source>Copy History as Text</source>
        <translation>Historie als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the history table as tab-separated text, rounded as shown (it pastes into a spreadsheet); File &gt; Export &gt; History as CSV keeps every digit</source>
        <translation>Die Historientabelle als tabulatorgetrennten Text kopieren, gerundet wie angezeigt (lässt sich in eine Tabellenkalkulation einfügen); Datei &gt; Exportieren &gt; Historie als CSV behält alle Stellen</translation>
    </message>
    <message>
        <source>Presentation Mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen for a projector: everything larger, only the run and its plots (Esc leaves)</source>
        <translation>Vollbild für den Beamer: alles größer, nur der Lauf und seine Grafiken (Esc beendet)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Präsentationsmodus beenden</translation>
    </message>
    <message>
        <source>Back to the window as it was before</source>
        <translation>Zurück zum Fenster, wie es vorher war</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Larger text, lines, marks and handles everywhere</source>
        <translation>Überall größere Schrift, Linien, Punkte und Griffe</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Smaller text, lines, marks and handles everywhere</source>
        <translation>Überall kleinere Schrift, Linien, Punkte und Griffe</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the normal size (100 %; 160 % in presentation mode)</source>
        <translation>Zurück zur normalen Größe (100 %; 160 % im Präsentationsmodus)</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Black on white, thicker curves, no light greys: for a washed-out projector</source>
        <translation>Schwarz auf Weiß, dickere Kurven, keine hellen Grautöne: für einen blassen Beamer</translation>
    </message>
    <message>
        <source>Why EM Climbs</source>
        <translation>Warum EM steigt</translation>
    </message>
    <message>
        <source>The likelihood landscape, the lower bound and many starts, in place of the run&apos;s plots</source>
        <translation>Die Likelihood-Landschaft, die untere Schranke und viele Starts, anstelle der Grafiken des Laufs</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close EM Explorer</source>
        <translation>EM Explorer schließen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Die Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>About EM Explorer</source>
        <translation>Über EM Explorer</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>Step ({half})</source>
        <translation>Schritt ({half})</translation>
    </message>
    <message>
        <source>the E-step: new responsibilities</source>
        <translation>den E-Schritt: neue Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>the M-step: new π, μ₁, μ₂</source>
        <translation>den M-Schritt: neue π, μ₁, μ₂</translation>
    </message>
    <message>
        <source>Next half step, {what} ({keys})</source>
        <translation>Nächster Halbschritt, {what} ({keys})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the run ({keys})</source>
        <translation>Den Lauf anhalten ({keys})</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>While you type in a number box, the arrow keys and letters edit the number; click the plot to use them for the run again. Tab moves from control to control (a thick frame shows where): on the data plot the arrows, Home and End choose a point, on the timeline they move through the run, and Space ticks a check box.</source>
        <translation>Während Sie in einem Zahlenfeld tippen, bearbeiten Pfeiltasten und Buchstaben die Zahl; klicken Sie auf die Grafik, um sie wieder für den Lauf zu verwenden. Tab springt von Element zu Element (ein dicker Rahmen zeigt, wo): in der Datengrafik wählen die Pfeile, Pos1 und Ende einen Punkt, auf der Zeitleiste bewegen sie sich durch den Lauf, und die Leertaste setzt ein Häkchen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Watch the Expectation-Maximization algorithm fit a mixture of two normal distributions with variance 1, one E-step and one M-step at a time. The log likelihood never decreases.&lt;/p&gt;&lt;p&gt;Colours: Okabe-Ito blue (component 1) and orange (component 2), distinguishable with common colour-vision deficiencies.&lt;/p&gt;&lt;p&gt;MIT licence. Works offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sehen Sie zu, wie der Expectation-Maximization-Algorithmus eine Mischung aus zwei Normalverteilungen mit Varianz 1 anpasst, einen E-Schritt und einen M-Schritt nach dem anderen. Die Log-Likelihood nimmt nie ab.&lt;/p&gt;&lt;p&gt;Farben: Okabe-Ito-Blau (Komponente 1) und -Orange (Komponente 2), auch bei verbreiteten Farbsehschwächen unterscheidbar.&lt;/p&gt;&lt;p&gt;MIT-Lizenz. Funktioniert offline.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>components {i} and {j} both have mean {mean} and σ {sd}</source>
        <extracomment>The kind of point EM cannot leave (the core decides; the banner only words it).</extracomment>
        <translation>Komponenten {i} und {j} haben beide den Mittelwert {mean} und σ {sd}</translation>
    </message>
    <message>
        <source>&lt;b&gt;EM stopped at iteration {n} with two components the same&lt;/b&gt; ({same}). EM can never separate components with equal parameters: every point gives them the same responsibility, so they move as one. Start their means apart, then Reset.</source>
        <translation>&lt;b&gt;EM hat in Iteration {n} mit zwei gleichen Komponenten angehalten&lt;/b&gt; ({same}). EM kann Komponenten mit gleichen Parametern nie trennen: Jeder Punkt gibt ihnen dieselbe Verantwortlichkeit, also bewegen sie sich gemeinsam. Starten Sie ihre Mittelwerte getrennt und setzen Sie dann zurück.</translation>
    </message>
    <message>
        <source>both means are {mean}</source>
        <translation>beide Mittelwerte sind {mean}</translation>
    </message>
    <message>
        <source>component {k} has weight 0, so the fit is a single normal curve</source>
        <translation>Komponente {k} hat das Gewicht 0, die Anpassung ist also eine einzige Normalverteilung</translation>
    </message>
    <message>
        <source>&lt;b&gt;EM stopped at iteration {n} where the two components are the same&lt;/b&gt; ({same}). This is a saddle of the likelihood, not the best fit: it is a fixed point of EM, so every further step gives the same values. Try start values with μ₁ ≠ μ₂, e.g. one mean on each side of the data, then Reset.</source>
        <translation>&lt;b&gt;EM hat in Iteration {n} angehalten, wo die beiden Komponenten gleich sind&lt;/b&gt; ({same}). Das ist ein Sattelpunkt der Likelihood, nicht die beste Anpassung: ein Fixpunkt von EM, daher liefert jeder weitere Schritt dieselben Werte. Versuchen Sie Startwerte mit μ₁ ≠ μ₂, z. B. einen Mittelwert auf jeder Seite der Daten, und setzen Sie dann zurück.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged after 1 iteration&lt;/b&gt; (increase below tol = {tol}). Play stops here; Step still goes on.</source>
        <translation>&lt;b&gt;Konvergiert nach 1 Iteration&lt;/b&gt; (Anstieg unter tol = {tol}). Abspielen hält hier an; Schritt geht weiter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged after {k} iterations&lt;/b&gt; (increase below tol = {tol}). Play stops here; Step still goes on.</source>
        <translation>&lt;b&gt;Konvergiert nach {k} Iterationen&lt;/b&gt; (Anstieg unter tol = {tol}). Abspielen hält hier an; Schritt geht weiter.</translation>
    </message>
    <message>
        <source> and later</source>
        <translation> und später</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log likelihood fell&lt;/b&gt; at iterations {where}. EM never lowers it, so this points to a numerical problem, not to the data.</source>
        <translation>&lt;b&gt;Die Log-Likelihood ist gefallen&lt;/b&gt;, in den Iterationen {where}. EM senkt sie nie; das deutet auf ein numerisches Problem hin, nicht auf die Daten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log likelihood fell&lt;/b&gt; at iteration {where}. EM never lowers it, so this points to a numerical problem, not to the data.</source>
        <translation>&lt;b&gt;Die Log-Likelihood ist gefallen&lt;/b&gt;, in Iteration {where}. EM senkt sie nie; das deutet auf ein numerisches Problem hin, nicht auf die Daten.</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>The tolerance must be a number such as 1e-6, not “{text}”.</source>
        <translation>Die Toleranz muss eine Zahl wie 1e-6 sein, nicht „{text}“.</translation>
    </message>
    <message>
        <source>The tolerance must lie between {low} and {high}, not “{text}”.</source>
        <translation>Die Toleranz muss zwischen {low} und {high} liegen, nicht „{text}“.</translation>
    </message>
    <message>
        <source>Number of points to simulate (1 to {max}).</source>
        <extracomment>A new simulated sample was asked for (a validated-looking Simulation; the session checks). New start parameters (a Mixture) were asked for. Another model (a mixture.Model: K, the variance form, the sigma floor) was asked for. A sentence describing an impossible value the user typed (nothing was changed).</extracomment>
        <translation>Anzahl der zu simulierenden Punkte (1 bis {max}).</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>Distance between the true means: component 1 sits at −sep/2, component 2 at +sep/2 (both with variance 1).</source>
        <translation>Abstand der wahren Mittelwerte: Komponente 1 liegt bei −sep/2, Komponente 2 bei +sep/2 (beide mit Varianz 1).</translation>
    </message>
    <message>
        <source>True share of points drawn from component 1 (blue).</source>
        <translation>Wahrer Anteil der Punkte aus Komponente 1 (blau).</translation>
    </message>
    <message>
        <source>Random seed: the same seed always draws the same sample.</source>
        <translation>Zufalls-Seed: Derselbe Seed zieht immer dieselbe Stichprobe.</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Neue Stichprobe</translation>
    </message>
    <message>
        <source>Draw a new sample with the next seed and start over.</source>
        <translation>Eine neue Stichprobe mit dem nächsten Seed ziehen und neu beginnen.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>True π</source>
        <translation>Wahres π</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Number of components K (1 to {max}). Changing it starts over with the means at the data&apos;s quantiles.</source>
        <translation>Anzahl der Komponenten K (1 bis {max}). Eine Änderung beginnt neu, mit den Mittelwerten an den Quantilen der Daten.</translation>
    </message>
    <message>
        <source>Fixed at 1: the course&apos;s model. Shared: one σ for every component, estimated. Each its own: one σ per component, estimated (the likelihood then has no maximum: a component can shrink onto one point).</source>
        <translation>Fest bei 1: das Modell des Kurses. Gemeinsam: ein σ für alle Komponenten, geschätzt. Jeweils eigenes: ein σ pro Komponente, geschätzt (die Likelihood hat dann kein Maximum: eine Komponente kann auf einen Punkt schrumpfen).</translation>
    </message>
    <message>
        <source>Floor on σ (1/1000 of spread)</source>
        <translation>σ-Untergrenze (Streuung/1000)</translation>
    </message>
    <message>
        <source>A floor on σ. Off, a component can collapse onto a single point: σ goes to 0 and the log likelihood grows without bound. Turn it off to show that.</source>
        <translation>Eine Untergrenze für σ. Ohne sie kann eine Komponente auf einen einzigen Punkt kollabieren: σ geht gegen 0 und die Log-Likelihood wächst unbeschränkt. Schalten Sie sie aus, um das zu zeigen.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Variances</source>
        <translation>Varianzen</translation>
    </message>
    <message>
        <source>Start value of π = P(Z = 1), the weight of component 1.</source>
        <translation>Startwert von π = P(Z = 1), dem Gewicht von Komponente 1.</translation>
    </message>
    <message>
        <source>Start value of μ₁ (blue). You can also drag the blue marker at step 0.</source>
        <translation>Startwert von μ₁ (blau). Bei Schritt 0 können Sie auch die blaue Markierung ziehen.</translation>
    </message>
    <message>
        <source>Start value of μ₂ (orange). You can also drag the orange marker at step 0.</source>
        <translation>Startwert von μ₂ (orange). Bei Schritt 0 können Sie auch die orange Markierung ziehen.</translation>
    </message>
    <message>
        <source>Start value of μ{k}. You can also drag its marker at step 0.</source>
        <translation>Startwert von μ{k}. Bei Schritt 0 können Sie auch seine Markierung ziehen.</translation>
    </message>
    <message>
        <source>Start value of σ for every component. At step 0 you can also drag a component&apos;s dotted σ handle.</source>
        <translation>Startwert von σ für alle Komponenten. Bei Schritt 0 können Sie auch den gepunkteten σ-Griff einer Komponente ziehen.</translation>
    </message>
    <message>
        <source>Weights start equal, 1/K each.</source>
        <translation>Die Gewichte starten gleich, je 1/K.</translation>
    </message>
    <message>
        <source>Start values</source>
        <translation>Startwerte</translation>
    </message>
    <message>
        <source>Converged when the log likelihood rises by less than this. Type a number such as 1e-6; the arrows multiply or divide by 10.</source>
        <translation>Konvergiert, wenn die Log-Likelihood um weniger als diesen Wert steigt. Geben Sie eine Zahl wie 1e-6 ein; die Pfeile multiplizieren oder teilen durch 10.</translation>
    </message>
    <message>
        <source>Play stops after this many iterations even if not converged.</source>
        <translation>Abspielen hält nach so vielen Iterationen an, auch ohne Konvergenz.</translation>
    </message>
    <message>
        <source>Stopping rule</source>
        <translation>Abbruchregel</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Max iterations</source>
        <translation>Max. Iterationen</translation>
    </message>
    <message>
        <source>Play speed, in EM iterations a second (1 to 30).</source>
        <translation>Abspielgeschwindigkeit in EM-Iterationen pro Sekunde (1 bis 30).</translation>
    </message>
    <message>
        <source>{value} it/s</source>
        <translation>{value} It./s</translation>
    </message>
    <message>
        <source>Smooth motion</source>
        <translation>Fließende Bewegung</translation>
    </message>
    <message>
        <source>Glide the curves from one step to the next instead of jumping.</source>
        <translation>Die Kurven gleiten von einem Schritt zum nächsten, statt zu springen.</translation>
    </message>
    <message>
        <source>Half steps (E and M separately)</source>
        <translation>Halbschritte (E und M getrennt)</translation>
    </message>
    <message>
        <source>Step shows the E-step (new colours) and the M-step (new curves) one at a time.</source>
        <translation>Schritt zeigt den E-Schritt (neue Farben) und den M-Schritt (neue Kurven) einzeln.</translation>
    </message>
    <message>
        <source>Show the truth</source>
        <translation>Wahrheit zeigen</translation>
    </message>
    <message>
        <source>For simulated data: draw the true mixture (dashed) and sort the marks into two rows, circles for points drawn from component 1 and triangles for component 2.</source>
        <translation>Bei simulierten Daten: die wahre Mischverteilung (gestrichelt) zeichnen und die Markierungen in zwei Reihen sortieren, Kreise für Punkte aus Komponente 1 und Dreiecke für Komponente 2.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Data from {source}. Press New sample to simulate data instead.</source>
        <translation>Daten aus {source}. Drücken Sie Neue Stichprobe, um stattdessen Daten zu simulieren.</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Data and fitted densities</source>
        <extracomment>At most this many observations get their own mark; larger samples show a fixed random subset. Seed of that subset, so the same data always show the same marks. Bins of the responsibility strip shown when n &gt; SAMPLE_MAX. Colour steps of the marks: enough to look continuous, few enough to cache the symbols. Index of the neutral grey brush (marks before the first E-step) for two components. Opacity steps of a mark for three or more components (colour: its most likely component). Points of the x grid on which the curves are evaluated (it spans the visible x range): about one every 4 pixels on a 1280-wide window, where a chord of a density curve strays from it by well under a pixel; more would only cost drawing time at every frame. A click or hover finds the nearest mark within this many pixels. Where a narrow component gets its own points, in sigmas from its mean. Subscript digits for component names. The y range grows for a tall curve up to this many times the histogram&apos;s peak. The start the user chose by dragging means or sigma handles (a Mixture).</extracomment>
        <translation>Daten und angepasste Dichten</translation>
    </message>
    <message>
        <source>density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>mixture</source>
        <translation>Mischverteilung</translation>
    </message>
    <message>
        <source>true mixture</source>
        <translation>wahre Mischverteilung</translation>
    </message>
    <message>
        <source>marks: r = P(Z=1 | x) from 0 {ramp} 1</source>
        <translation>Markierungen: r = P(Z=1 | x) von 0 {ramp} 1</translation>
    </message>
    <message>
        <source>marks: colour of the most likely component, faint where it is unsure</source>
        <translation>Markierungen: Farbe der wahrscheinlichsten Komponente, blass, wo sie unsicher ist</translation>
    </message>
    <message>
        <source>, ● true Z = 1, ▲ true Z = 2</source>
        <translation>, ● wahres Z = 1, ▲ wahres Z = 2</translation>
    </message>
    <message>
        <source> (a random {shown} of {n} points)</source>
        <translation> (zufällig {shown} von {n} Punkten)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Data files (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>Datendateien (*.txt *.csv *.tsv *.dat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The column chosen last for each data file with several (file path -&gt; column name).</extracomment>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>&amp;Open Data…</source>
        <extracomment>The File menu, in order; None is a separator. Shortcuts follow each platform&apos;s conventions.</extracomment>
        <translation>Daten ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>&amp;Sitzung öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;History as CSV…</source>
        <extracomment>File &gt; Export, in order (the views&apos; pictures go between the CSV files and the window).</extracomment>
        <translation>&amp;Historie als CSV…</translation>
    </message>
    <message>
        <source>&amp;Responsibilities as CSV…</source>
        <translation>&amp;Verantwortlichkeiten als CSV…</translation>
    </message>
    <message>
        <source>Whole &amp;Window as Picture…</source>
        <translation>Ganzes &amp;Fenster als Bild…</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <extracomment>A short sentence for the status bar after a command succeeded. Unsaved changes appeared (True) or were saved or opened (False). The session file changed (its path, or &apos;&apos; for an untitled session). A session was opened with this speed (iterations a second) and preset key (&apos;&apos; for none). What a reopened session had on screen besides the run (see SessionDocument.view). Says what is on screen besides the run, for a session file (set by the window).</extracomment>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before {doing}?</source>
        <translation>Die Änderungen an „{name}“ speichern, bevor {doing}?</translation>
    </message>
    <message>
        <source>Without saving, the run and its history are lost.</source>
        <translation>Ohne Speichern gehen der Lauf und seine Historie verloren.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Open Data</source>
        <translation>Daten öffnen</translation>
    </message>
    <message>
        <source>opening other data</source>
        <translation>andere Daten geöffnet werden</translation>
    </message>
    <message>
        <source> (read as {encoding} text)</source>
        <translation> (gelesen als {encoding}-Text)</translation>
    </message>
    <message>
        <source>Opened {source}: {n} values{read_as}.</source>
        <translation>{source} geöffnet: {n} Werte{read_as}.</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>opening another session</source>
        <translation>eine andere Sitzung geöffnet wird</translation>
    </message>
    <message>
        <source>Recomputing the run of {name}…</source>
        <translation>Der Lauf von {name} wird neu berechnet…</translation>
    </message>
    <message>
        <source>Opening {name} was cancelled; nothing was changed.</source>
        <translation>Das Öffnen von {name} wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Opened the session {name}.</source>
        <translation>Sitzung {name} geöffnet.</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Saved the session as {name}.</source>
        <translation>Sitzung gespeichert als {name}.</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Historie exportieren</translation>
    </message>
    <message>
        <source>History saved to</source>
        <translation>Historie gespeichert in</translation>
    </message>
    <message>
        <source>Export Responsibilities</source>
        <translation>Verantwortlichkeiten exportieren</translation>
    </message>
    <message>
        <source>There are no responsibilities yet: take the first E-step, then export</source>
        <translation>Es gibt noch keine Verantwortlichkeiten: Führen Sie zuerst einen E-Schritt aus und exportieren Sie dann</translation>
    </message>
    <message>
        <source>Responsibilities saved to</source>
        <translation>Verantwortlichkeiten gespeichert in</translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Picture saved to</source>
        <translation>Bild gespeichert in</translation>
    </message>
    <message>
        <source>Export Window</source>
        <translation>Fenster exportieren</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source> (not found)</source>
        <translation> (nicht gefunden)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>{view} as Picture…</source>
        <translation>{view} als Bild…</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>undefined</source>
        <extracomment>A no-break space: &quot;3.1 × 10⁻⁸&quot; must never be split over two lines. Attributes of every layout table: no gaps, so fractions and text line up. A formula is never broken over two lines: a narrow panel scrolls sideways instead.</extracomment>
        <translation>undefiniert</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>step</source>
        <extracomment>Column titles on screen, and the plain names used when copying as text.</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>log L</source>
        <translation>log L</translation>
    </message>
    <message>
        <source>EM iteration</source>
        <translation>EM-Iteration</translation>
    </message>
    <message>
        <source>π: the weight of component 1</source>
        <translation>π: das Gewicht von Komponente 1</translation>
    </message>
    <message>
        <source>μ₁: the mean of component 1</source>
        <translation>μ₁: der Mittelwert von Komponente 1</translation>
    </message>
    <message>
        <source>μ₂: the mean of component 2</source>
        <translation>μ₂: der Mittelwert von Komponente 2</translation>
    </message>
    <message>
        <source>log L: the observed-data log likelihood at these parameters (never decreases)</source>
        <translation>log L: die Log-Likelihood der beobachteten Daten bei diesen Parametern (fällt nie)</translation>
    </message>
    <message>
        <source>{w}: the weight of component {k}</source>
        <extracomment>From this magnitude on a value is shown in scientific notation (its fixed form is too wide). Widest texts expected in the fixed-width columns (a step, a parameter in bold); the log likelihood takes the rest, so on a narrow screen it is the column that gives way. The log likelihood&apos;s column, and the widest text it must show whole (see cell_text). A light tint of the current-iteration colour, dark text on it stays readable. (what, component) per column: what is &quot;step&quot;, &quot;loglik&quot;, &quot;w&quot;, &quot;mu&quot; or &quot;sd&quot;.</extracomment>
        <translation>{w}: das Gewicht von Komponente {k}</translation>
    </message>
    <message>
        <source>{mu}: the mean of component {k}</source>
        <translation>{mu}: der Mittelwert von Komponente {k}</translation>
    </message>
    <message>
        <source>σ: the standard deviation every component shares</source>
        <translation>σ: die Standardabweichung, die alle Komponenten teilen</translation>
    </message>
    <message>
        <source>{sd}: the standard deviation of component {k}</source>
        <translation>{sd}: die Standardabweichung von Komponente {k}</translation>
    </message>
</context>
<context>
    <name>MStepPanel</name>
    <message>
        <source>&lt;p&gt;No responsibilities yet. The M-step averages the points weighted by their responsibilities, so it needs an E-step first: press Step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Verantwortlichkeiten. Der M-Schritt mittelt die Punkte, gewichtet mit ihren Verantwortlichkeiten; er braucht also zuerst einen E-Schritt: Drücken Sie Schritt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The M-step of iteration {n} used the responsibilities of its E-step and gave the {theta} now shown:</source>
        <translation>Der M-Schritt von Iteration {n} hat die Verantwortlichkeiten seines E-Schritts verwendet und das jetzt gezeigte {theta} geliefert:</translation>
    </message>
    <message>
        <source>Responsibilities of iteration {n}. The next M-step turns them into {theta}:</source>
        <translation>Verantwortlichkeiten von Iteration {n}. Der nächste M-Schritt macht daraus {theta}:</translation>
    </message>
    <message>
        <source>; the squares are about the new means {mu}.</source>
        <translation>; die Quadrate beziehen sich auf die neuen Mittelwerte {mu}.</translation>
    </message>
    <message>
        <source>no weight at all, so</source>
        <translation>überhaupt kein Gewicht, also</translation>
    </message>
    <message>
        <source>{value} (unchanged)</source>
        <translation>{value} (unverändert)</translation>
    </message>
    <message>
        <source>One σ for all components: the squared distances of every component are pooled and divided by n.</source>
        <translation>Ein σ für alle Komponenten: Die quadrierten Abstände aller Komponenten werden zusammengefasst und durch n geteilt.</translation>
    </message>
    <message>
        <source>Every point counts for each component in proportion to its responsibility {r}; a point&apos;s responsibilities add up to 1.</source>
        <translation>Jeder Punkt zählt für jede Komponente im Verhältnis zu seiner Verantwortlichkeit {r}; die Verantwortlichkeiten eines Punktes ergeben zusammen 1.</translation>
    </message>
    <message>
        <source>{s1} is how many points&apos; worth of weight {swatch1} component 1 gets, and {s2} is {swatch2} component 2&apos;s share; together they make {n}.</source>
        <translation>{s1} ist, wie viele Punkte Gewicht {swatch1} Komponente 1 erhält, und {s2} ist der Anteil von {swatch2} Komponente 2; zusammen ergeben sie {n}.</translation>
    </message>
    <message>
        <source>A point with {r} = 0.8 counts as 0.8 of a point for component 1 and 0.2 of a point for component 2.</source>
        <translation>Ein Punkt mit {r} = 0,8 zählt als 0,8 Punkte für Komponente 1 und 0,2 Punkte für Komponente 2.</translation>
    </message>
    <message>
        <source>Each new parameter is a division of these sums:</source>
        <translation>Jeder neue Parameter ist ein Quotient dieser Summen:</translation>
    </message>
    <message>
        <source>{value} (held at the floor)</source>
        <translation>{value} (an der Untergrenze gehalten)</translation>
    </message>
    <message>
        <source>{value} (collapsed onto a point)</source>
        <translation>{value} (auf einen Punkt kollabiert)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Run</source>
        <extracomment>On a screen larger than DEFAULT_SIZE the first window takes this share of it (a projector at 1920x1080 gets a window of 1728x972, not a 1280x800 one in a corner). Glide time as a share of the time between two steps, and its ceiling, in milliseconds. Width of the side column once explanation panels share it with the inputs (formulas need it), and the largest share of the window it may take. Width the history table needs for its five columns at the projector font size, and the most it gets at first (wider, its last column only stretches; the rest goes to the trace plots). Keys that choose another point while the data plot has the keyboard focus. The one group of inputs presentation mode keeps in the side column. Emitted once, when the window first paints (start-up time is measured to it). Emitted when another language rebuilt the window: the new window (see set_language).</extracomment>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Data, start values, stopping rule and playback</source>
        <translation>Daten, Startwerte, Abbruchregel und Wiedergabe</translation>
    </message>
    <message>
        <source>Log L</source>
        <translation>Log L</translation>
    </message>
    <message>
        <source>The log likelihood against the EM iteration</source>
        <translation>Die Log-Likelihood über der EM-Iteration</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>M-step</source>
        <translation>M-Schritt</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Wahrheit</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Data Plot</source>
        <translation>Datenplot</translation>
    </message>
    <message>
        <source>Log-likelihood Plot</source>
        <translation>Log-Likelihood-Plot</translation>
    </message>
    <message>
        <source>Parameter Plot</source>
        <translation>Parameterplot</translation>
    </message>
    <message>
        <source>History copied to the clipboard as text.</source>
        <translation>Historie als Text in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>Mixture</name>
    <message>
        <source>fixed at 1</source>
        <extracomment>The variance forms: fixed at 1 (the seed&apos;s), one shared sigma, one sigma per component.</extracomment>
        <translation>fest bei 1</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>each its own</source>
        <translation>jeweils eigene</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <source>Open Data</source>
        <extracomment>Columns of the file shown in the preview table (a wide file&apos;s first ones). Rows of the file shown in the preview table. The largest share of the screen&apos;s height the dialog takes; a taller body scrolls. Bins of the small histogram of the values on the new scale (Rice&apos;s rule, within these bounds).</extracomment>
        <translation>Daten öffnen</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <source>{rows}, 1 numeric column</source>
        <translation>{rows}, 1 numerische Spalte</translation>
    </message>
    <message>
        <source>{rows}, {k} numeric columns</source>
        <translation>{rows}, {k} numerische Spalten</translation>
    </message>
    <message>
        <source>; 1 blank or comment line skipped</source>
        <translation>; 1 leere oder Kommentarzeile übersprungen</translation>
    </message>
    <message>
        <source>; {n} blank or comment lines skipped</source>
        <translation>; {n} leere oder Kommentarzeilen übersprungen</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>Put the data on the model’s scale</source>
        <translation>Daten auf die Skala des Modells bringen</translation>
    </message>
    <message>
        <source>The model fixes the variance of each component at 1, so one unit should be the spread within a component.</source>
        <translation>Das Modell hat Varianz 1 je Komponente: Eine Einheit sollte die Streuung in einer Komponente sein.</translation>
    </message>
    <message>
        <source>&amp;Divide every value by</source>
        <translation>&amp;Teilen durch</translation>
    </message>
    <message>
        <source>Use &amp;estimate</source>
        <translation>Schätzung &amp;verwenden</translation>
    </message>
    <message>
        <source>On the new scale</source>
        <translation>Auf der neuen Skala</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>The first {n} rows of the file</source>
        <translation>Die ersten {n} Zeilen der Datei</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>value on the new scale</source>
        <translation>Wert auf der neuen Skala</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <source>Spread of “{column}”</source>
        <translation>Streuung von „{column}“</translation>
    </message>
    <message>
        <source>mean {mean}    sd {sd}    range {low} to {high}</source>
        <translation>MW {mean}    SD {sd}    von {low} bis {high}</translation>
    </message>
    <message>
        <source>Every value is the same, so there is no spread to scale.</source>
        <translation>Alle Werte sind gleich, es gibt also keine Streuung zum Skalieren.</translation>
    </message>
    <message>
        <source>Estimated spread within a component: {value} (a fit of two groups that share one spread).</source>
        <translation>Geschätzte Streuung in einer Komponente: {value} (zwei Gruppen mit gemeinsamer Streuung angepasst).</translation>
    </message>
    <message>
        <source>&amp;Subtract the mean ({mean})</source>
        <translation>Mittelwert &amp;abziehen ({mean})</translation>
    </message>
    <message>
        <source>Dividing by so small a number makes values infinite.</source>
        <translation>Die Division durch eine so kleine Zahl macht die Werte unendlich.</translation>
    </message>
</context>
<context>
    <name>PointPanel</name>
    <message>
        <source>Click a point in the data plot, or choose its number above, to see how the E-step computes its responsibility.</source>
        <extracomment>Space under each line of the worked formula, so stacked fractions never touch.</extracomment>
        <translation>Klicken Sie auf einen Punkt im Datenplot oder wählen Sie oben seine Nummer, um zu sehen, wie der E-Schritt seine Verantwortlichkeit berechnet.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The selected point changed (0-based index, or None): the data view may highlight it. The &quot;follow the mouse&quot; box was toggled: the data view may start or stop reporting hovers.</extracomment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Point number</source>
        <translation>Punktnummer</translation>
    </message>
    <message>
        <source>The number i of the observation to inspect (1 to n)</source>
        <translation>Die Nummer i der Beobachtung, die untersucht wird (1 bis n)</translation>
    </message>
    <message>
        <source>Most uncertain</source>
        <translation>Unsicherster</translation>
    </message>
    <message>
        <source>Pick the point whose responsibility is closest to ½</source>
        <translation>Den Punkt wählen, dessen Verantwortlichkeit am nächsten bei ½ liegt</translation>
    </message>
    <message>
        <source>Follow the mouse</source>
        <translation>Der Maus folgen</translation>
    </message>
    <message>
        <source>Inspect the point under the mouse instead of the clicked one</source>
        <translation>Den Punkt unter der Maus statt des angeklickten untersuchen</translation>
    </message>
    <message>
        <source>Point &amp;i:</source>
        <translation>Punkt &amp;i:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point {i} = {n}&lt;/b&gt;, {x} = {value}</source>
        <translation>&lt;b&gt;Punkt {i} = {n}&lt;/b&gt;, {x} = {value}</translation>
    </message>
    <message>
        <source>the file&apos;s units</source>
        <translation>den Einheiten der Datei</translation>
    </message>
    <message>
        <source> &amp;nbsp;({value} in {unit})</source>
        <translation> &amp;nbsp;({value} in {unit})</translation>
    </message>
    <message>
        <source> &amp;nbsp;(drawn from {swatch} component {k})</source>
        <translation> &amp;nbsp;(gezogen aus {swatch} Komponente {k})</translation>
    </message>
    <message>
        <source>No E-step yet. The first E-step, at {theta}, will compute:</source>
        <translation>Noch kein E-Schritt. Der erste E-Schritt, bei {theta}, wird berechnen:</translation>
    </message>
    <message>
        <source>The colours still come from the E-step of iteration {n}, at {theta}; the M-step has since moved the curves.</source>
        <translation>Die Farben stammen noch vom E-Schritt von Iteration {n}, bei {theta}; der M-Schritt hat die Kurven seither verschoben.</translation>
    </message>
    <message>
        <source>E-step of iteration {n}, at {theta}:</source>
        <translation>E-Schritt von Iteration {n}, bei {theta}:</translation>
    </message>
    <message>
        <source>The denominator, {sum} = {terms} = {total}</source>
        <translation>Der Nenner, {sum} = {terms} = {total}</translation>
    </message>
    <message>
        <source>So point {i} most likely belongs to {swatch} component {k}, with probability &lt;b&gt;{p}&lt;/b&gt;; the responsibilities of a point always add up to 1.</source>
        <translation>Punkt {i} gehört also am wahrscheinlichsten zu {swatch} Komponente {k}, mit Wahrscheinlichkeit &lt;b&gt;{p}&lt;/b&gt;; die Verantwortlichkeiten eines Punktes ergeben immer zusammen 1.</translation>
    </message>
    <message>
        <source>where</source>
        <translation>wobei</translation>
    </message>
    <message>
        <source>φ is the normal density:</source>
        <translation>φ ist die Normalverteilungsdichte:</translation>
    </message>
    <message>
        <source>So point {i} belongs to {swatch1} component 1 with probability &lt;b&gt;{r}&lt;/b&gt; and to {swatch2} component 2 with probability &lt;b&gt;{s}&lt;/b&gt;.</source>
        <translation>Punkt {i} gehört also mit Wahrscheinlichkeit &lt;b&gt;{r}&lt;/b&gt; zu {swatch1} Komponente 1 und mit Wahrscheinlichkeit &lt;b&gt;{s}&lt;/b&gt; zu {swatch2} Komponente 2.</translation>
    </message>
    <message>
        <source>φ is the normal density with variance 1:</source>
        <translation>φ ist die Normalverteilungsdichte mit Varianz 1:</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>The seed&apos;s reference run</source>
        <extracomment>Keys of teachers&apos; own presets start with this, so they never clash with a built-in key. The model fitted: the seed&apos;s two unit-variance components unless said otherwise.</extracomment>
        <translation>Der Referenzlauf des Ausgangsskripts</translation>
    </message>
    <message>
        <source>80 points from two bell curves 2.4 apart, started at π = 0.5, μ₁ = −0.5, μ₂ = 0.5. Step 8 times and compare the history with the original script&apos;s printout: the numbers agree to every digit shown. Keep stepping to watch it converge.</source>
        <translation>80 Punkte aus zwei Glockenkurven im Abstand 2,4, gestartet bei π = 0,5, μ₁ = −0,5, μ₂ = 0,5. Gehen Sie 8 Schritte und vergleichen Sie die Historie mit der Ausgabe des ursprünglichen Skripts: Die Zahlen stimmen in jeder gezeigten Stelle überein. Gehen Sie weiter, um die Konvergenz zu beobachten.</translation>
    </message>
    <message>
        <source>Well separated</source>
        <translation>Gut getrennt</translation>
    </message>
    <message>
        <source>The same kind of sample, but the two groups are 6 apart instead of 2.4. After a few iterations almost every responsibility is close to 0 or 1: each point clearly belongs to one component, and EM behaves like sorting the points into two groups and averaging each group. It converges in a handful of iterations.</source>
        <translation>Dieselbe Art von Stichprobe, aber die beiden Gruppen liegen 6 statt 2,4 auseinander. Nach wenigen Iterationen liegt fast jede Verantwortlichkeit nahe bei 0 oder 1: Jeder Punkt gehört klar zu einer Komponente, und EM verhält sich, als würde es die Punkte in zwei Gruppen sortieren und jede Gruppe mitteln. Es konvergiert in einer Handvoll Iterationen.</translation>
    </message>
    <message>
        <source>Reduced separation</source>
        <translation>Geringerer Abstand</translation>
    </message>
    <message>
        <source>The groups are only 1.5 apart, so they overlap heavily. Many points keep responsibilities far from 0 and 1 (soft assignments), so each mean is pulled by points of both groups. The means creep apart slowly: EM needs over a hundred iterations to converge.</source>
        <translation>Die Gruppen liegen nur 1,5 auseinander und überlappen daher stark. Viele Punkte behalten Verantwortlichkeiten fern von 0 und 1 (weiche Zuordnungen), daher wird jeder Mittelwert von Punkten beider Gruppen gezogen. Die Mittelwerte entfernen sich nur langsam voneinander: EM braucht über hundert Iterationen bis zur Konvergenz.</translation>
    </message>
    <message>
        <source>Change the seed</source>
        <translation>Anderer Seed</translation>
    </message>
    <message>
        <source>The same truth as the reference run (π = 0.45, means ±1.2), but a different random sample: seed 2024 instead of 531. The fit lands somewhere else (π ≈ 0.39 instead of 0.31), because the estimate depends on the sample drawn, not only on the truth.</source>
        <translation>Dieselbe Wahrheit wie im Referenzlauf (π = 0,45, Mittelwerte ±1,2), aber eine andere Zufallsstichprobe: Seed 2024 statt 531. Die Anpassung landet woanders (π ≈ 0,39 statt 0,31), denn die Schätzung hängt von der gezogenen Stichprobe ab, nicht nur von der Wahrheit.</translation>
    </message>
    <message>
        <source>Symmetric start (μ₁ = μ₂)</source>
        <translation>Symmetrischer Start (μ₁ = μ₂)</translation>
    </message>
    <message>
        <source>Both components start at the same mean, 0. Then every point gets the same responsibility, both means move to the same weighted average, and they stay equal: EM cannot separate the components from a symmetric start, because nothing in the data tells one component from the other. The log likelihood stops rising at once: EM stands on a saddle point, not at the best fit, and stays there for ever.</source>
        <translation>Beide Komponenten starten beim selben Mittelwert 0. Dann erhält jeder Punkt dieselbe Verantwortlichkeit, beide Mittelwerte wandern zum selben gewichteten Mittel und bleiben gleich: EM kann die Komponenten aus einem symmetrischen Start nicht trennen, weil nichts in den Daten die eine Komponente von der anderen unterscheidet. Die Log-Likelihood steigt sofort nicht mehr: EM steht auf einem Sattelpunkt, nicht bei der besten Anpassung, und bleibt für immer dort.</translation>
    </message>
    <message>
        <source>Swapped start (μ₁ &gt; μ₂)</source>
        <translation>Vertauschter Start (μ₁ &gt; μ₂)</translation>
    </message>
    <message>
        <source>The reference run mirrored: component 1 starts on the right and component 2 on the left. EM finds the same fit with the labels exchanged: μ₁ and μ₂ trade places and π becomes 1 − π, with exactly the same log likelihood. This is label switching: the numbers 1 and 2 are names, and the data cannot tell which is which.</source>
        <translation>Der Referenzlauf gespiegelt: Komponente 1 startet rechts und Komponente 2 links. EM findet dieselbe Anpassung mit vertauschten Bezeichnungen: μ₁ und μ₂ tauschen die Plätze und π wird zu 1 − π, mit genau derselben Log-Likelihood. Das ist Label-Switching: Die Nummern 1 und 2 sind nur Namen, und die Daten können nicht sagen, welche welche ist.</translation>
    </message>
    <message>
        <source>Unbalanced weights (true π = 0.1)</source>
        <translation>Ungleiche Gewichte (wahres π = 0,1)</translation>
    </message>
    <message>
        <source>Only about one point in ten comes from component 1. Watch π fall from 0.5 towards 0.1: the small component has few points to average, so its mean is less certain and EM needs more iterations to settle.</source>
        <translation>Nur etwa jeder zehnte Punkt stammt aus Komponente 1. Beobachten Sie, wie π von 0,5 in Richtung 0,1 fällt: Die kleine Komponente hat wenige Punkte zum Mitteln, daher ist ihr Mittelwert unsicherer, und EM braucht mehr Iterationen, bis es sich einpendelt.</translation>
    </message>
    <message>
        <source>Start far from the data</source>
        <translation>Start weit weg von den Daten</translation>
    </message>
    <message>
        <source>Both means start far to the right of every point (μ₁ = 6, μ₂ = 9). The first E-step gives almost every point to component 1, the nearer one, so π jumps to nearly 1 and component 2 is almost empty. EM recovers, pulled back by the few points on the far right, but needs about 50 iterations to reach the reference run&apos;s fit.</source>
        <translation>Beide Mittelwerte starten weit rechts von allen Punkten (μ₁ = 6, μ₂ = 9). Der erste E-Schritt gibt fast jeden Punkt der näheren Komponente 1, also springt π auf fast 1 und Komponente 2 ist fast leer. EM erholt sich, zurückgezogen von den wenigen Punkten ganz rechts, braucht aber etwa 50 Iterationen bis zur Anpassung des Referenzlaufs.</translation>
    </message>
    <message>
        <source>Three components: a good start</source>
        <translation>Drei Komponenten: ein guter Start</translation>
    </message>
    <message>
        <source>150 points: a big group around 0 and two small ones near 4 and 6, fitted with three components sharing one σ. Started with a mean in each group, EM finds all three: the two small clusters get a component each (final log L ≈ −303.6). Then try the next preset, with the same data and a worse start.</source>
        <translation>150 Punkte: eine große Gruppe um 0 und zwei kleine nahe 4 und 6, angepasst mit drei Komponenten, die ein σ teilen. Mit einem Mittelwert in jeder Gruppe gestartet, findet EM alle drei: Die beiden kleinen Gruppen erhalten je eine Komponente (End-log L ≈ −303,6). Probieren Sie dann die nächste Vorlage mit denselben Daten und einem schlechteren Start.</translation>
    </message>
    <message>
        <source>Three components: a poor start</source>
        <translation>Drei Komponenten: ein schlechter Start</translation>
    </message>
    <message>
        <source>The same 150 points, but two means start in the big group and one between the small ones. EM ends with two components on top of each other in the big group and one wide component covering both small clusters: a worse fit (log L ≈ −313.7 against −303.6) that EM cannot leave. In more general mixtures EM depends on where it starts: try several starts and keep the best.</source>
        <translation>Dieselben 150 Punkte, aber zwei Mittelwerte starten in der großen Gruppe und einer zwischen den kleinen. EM endet mit zwei übereinanderliegenden Komponenten in der großen Gruppe und einer breiten Komponente, die beide kleinen Gruppen abdeckt: eine schlechtere Anpassung (log L ≈ −313,7 gegenüber −303,6), die EM nicht verlassen kann. Bei allgemeineren Mischverteilungen hängt EM vom Start ab: Probieren Sie mehrere Starts und behalten Sie den besten.</translation>
    </message>
    <message>
        <source>Free σ: a component collapses</source>
        <translation>Freies σ: eine Komponente kollabiert</translation>
    </message>
    <message>
        <source>The reference sample, fitted with two components that each estimate their own σ, and the σ floor turned off. Component 1 starts narrow on the lowest point, which stands apart from the rest. Step: its σ shrinks towards 0 and the log likelihood shoots up. That is no better fit: the likelihood of a mixture with free variances has no maximum. With the floor back on (Setup), EM is held at σ = 1/1000 of the spread: the numbers stay finite, but the spike shows the pull is still there.</source>
        <translation>Die Referenzstichprobe, angepasst mit zwei Komponenten, die jede ihr eigenes σ schätzen, und ausgeschalteter σ-Untergrenze. Komponente 1 beginnt schmal auf dem kleinsten Punkt, der abseits der übrigen liegt. Schritt: ihr σ schrumpft gegen 0 und die Log-Likelihood schießt nach oben. Das ist keine bessere Anpassung: die Likelihood einer Mischung mit freien Varianzen hat kein Maximum. Mit wieder eingeschalteter Untergrenze (Daten) wird EM bei σ = 1/1000 der Streuung gehalten: die Zahlen bleiben endlich, aber die Spitze zeigt, dass der Sog bleibt.</translation>
    </message>
    <message>
        <source>Shared σ: a geyser&apos;s eruptions</source>
        <translation>Gemeinsames σ: Ausbrüche eines Geysirs</translation>
    </message>
    <message>
        <source>272 simulated eruption lengths in minutes, like the famous Old Faithful data: short eruptions near 2 minutes and long ones near 4.3. The fixed variance of 1 would be far too wide here, so both components share one estimated σ. EM finds the two kinds of eruption in a few iterations, with σ ≈ 0.35 minutes.</source>
        <translation>272 simulierte Ausbruchsdauern in Minuten, wie die berühmten Old-Faithful-Daten: kurze Ausbrüche um 2 Minuten und lange um 4,3. Die feste Varianz 1 wäre hier viel zu breit, daher teilen beide Komponenten ein geschätztes σ. EM findet die beiden Arten von Ausbrüchen in wenigen Iterationen, mit σ ≈ 0,35 Minuten.</translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <source>Sample: {n} = {count} from {k} components (means {means}), seed {seed}.</source>
        <extracomment>Wider than this, the explanation sits beside the list instead of under it. The widest the list asks to be for its titles, at 100 % (a long title of one&apos;s own scrolls).</extracomment>
        <translation>Stichprobe: {n} = {count} aus {k} Komponenten (Mittelwerte {means}), Seed {seed}.</translation>
    </message>
    <message>
        <source>Sample: {n} = {count}, separation {sep}, true {pi} = {true_pi}, seed {seed}.</source>
        <translation>Stichprobe: {n} = {count}, Abstand {sep}, wahres {pi} = {true_pi}, Seed {seed}.</translation>
    </message>
    <message>
        <source>Start: {values}</source>
        <translation>Start: {values}</translation>
    </message>
    <message>
        <source>Model: {model}.&lt;br&gt;Start: means {means}</source>
        <translation>Modell: {model}.&lt;br&gt;Start: Mittelwerte {means}</translation>
    </message>
    <message>
        <source> (no σ floor)</source>
        <translation> (ohne σ-Untergrenze)</translation>
    </message>
    <message>
        <source>{sample}&lt;br&gt;{start}; tolerance {tol}</source>
        <translation>{sample}&lt;br&gt;{start}; Toleranz {tol}</translation>
    </message>
    <message>
        <source>1 component, variances {form}</source>
        <translation>1 Komponente, Varianzen {form}</translation>
    </message>
    <message>
        <source>{k} components, variances {form}</source>
        <translation>{k} Komponenten, Varianzen {form}</translation>
    </message>
    <message>
        <source>Save current settings as a preset</source>
        <translation>Aktuelle Einstellungen als Vorlage speichern</translation>
    </message>
    <message>
        <source>e.g. Tuesday&apos;s demo: overlapping groups</source>
        <translation>z. B. Demo vom Dienstag: überlappende Gruppen</translation>
    </message>
    <message>
        <source>What should students notice? (optional)</source>
        <translation>Was sollen die Lernenden bemerken? (optional)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Erklärung:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Presets</source>
        <extracomment>A Preset to load: the window calls session.simulate_from(p.simulation, p.start) and session.set_tolerance(p.tol). The teacher&apos;s presets changed (saved or deleted); carries the new list of Presets.</extracomment>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Draw this sample and start EM from this preset&apos;s start values (or double-click the preset, or press Enter in the list)</source>
        <translation>Diese Stichprobe ziehen und EM mit den Startwerten dieser Vorlage starten (oder die Vorlage doppelklicken oder in der Liste Enter drücken)</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>Als Vorlage &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>L&amp;öschen</translation>
    </message>
    <message>
        <source>Delete this preset of your own (built-in presets stay)</source>
        <translation>Diese eigene Vorlage löschen (eingebaute Vorlagen bleiben)</translation>
    </message>
    <message>
        <source>Only simulated data can be saved as a preset; these data came from a file.</source>
        <translation>Nur simulierte Daten können als Vorlage gespeichert werden; diese Daten stammen aus einer Datei.</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the preset “{title}”?</source>
        <translation>Die Vorlage „{title}“ löschen?</translation>
    </message>
    <message>
        <source>Your own preset</source>
        <translation>Ihre eigene Vorlage</translation>
    </message>
    <message>
        <source>Built-in preset</source>
        <translation>Eingebaute Vorlage</translation>
    </message>
    <message>
        <source>&lt;i&gt;No explanation was written.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Es wurde keine Erklärung geschrieben.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>; suggested: {n} steps</source>
        <translation>; empfohlen: {n} Schritte</translation>
    </message>
    <message>
        <source> (your own preset)</source>
        <translation> (Ihre eigene Vorlage)</translation>
    </message>
    <message>
        <source>Keep the current sample settings, start values and tolerance as a preset</source>
        <translation>Die aktuellen Stichproben-Einstellungen, Startwerte und Toleranz als Vorlage behalten</translation>
    </message>
    <message>
        <source>Only simulated data can be saved as a preset</source>
        <translation>Nur simulierte Daten können als Vorlage gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation>Die Vorlage kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Iteration {n}</source>
        <translation>Iteration {n}</translation>
    </message>
    <message>
        <source>Iteration {n} ({after})</source>
        <translation>Iteration {n} ({after})</translation>
    </message>
    <message>
        <source>start values</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>after E-step</source>
        <translation>nach E</translation>
    </message>
    <message>
        <source>after M-step</source>
        <translation>nach M</translation>
    </message>
    <message>
        <source>Stopped on a saddle at iteration {n}</source>
        <translation>Auf Sattelpunkt gestoppt in Iteration {n}</translation>
    </message>
    <message>
        <source>Converged at iteration {n}</source>
        <translation>Konvergiert in Iteration {n}</translation>
    </message>
    <message>
        <source>Not converged after {n} iterations</source>
        <translation>Nicht konvergiert nach {n} Iterationen</translation>
    </message>
    <message>
        <source>Not converged yet</source>
        <translation>Noch nicht konvergiert</translation>
    </message>
    <message>
        <source>Play stopped: a component collapsed onto a point.</source>
        <translation>Abspielen gestoppt: eine Komponente ist auf einen Punkt kollabiert.</translation>
    </message>
    <message>
        <source>Play stopped: EM stands still on a saddle.</source>
        <translation>Abspielen gestoppt: EM steht auf einem Sattelpunkt still.</translation>
    </message>
    <message>
        <source>Play stopped: converged.</source>
        <translation>Abspielen gestoppt: konvergiert.</translation>
    </message>
    <message>
        <source>Play stopped: limit of {n} iterations.</source>
        <translation>Abspielen gestoppt: Grenze von {n} Iterationen.</translation>
    </message>
    <message>
        <source>The log likelihood rose by less than the tolerance {tol} in the last iteration.</source>
        <translation>Die Log-Likelihood ist in der letzten Iteration um weniger als die Toleranz {tol} gestiegen.</translation>
    </message>
    <message>
        <source>EM did not converge within the maximum of {n} iterations; raise it under Stopping rule to go on.</source>
        <translation>EM ist innerhalb der Höchstzahl von {n} Iterationen nicht konvergiert; erhöhen Sie sie unter Abbruchregel, um weiterzumachen.</translation>
    </message>
    <message>
        <source>log L = {value}</source>
        <translation>log L = {value}</translation>
    </message>
    <message>
        <source>last increase {rise}</source>
        <translation>letzter Anstieg {rise}</translation>
    </message>
    <message>
        <source>The EM iteration shown (0 is the start values).</source>
        <translation>Die gezeigte EM-Iteration (0 sind die Startwerte).</translation>
    </message>
    <message>
        <source>Observed-data log likelihood at the parameters shown.</source>
        <translation>Log-Likelihood der beobachteten Daten bei den gezeigten Parametern.</translation>
    </message>
    <message>
        <source>How much the log likelihood rose in the last iteration (EM never lowers it).</source>
        <translation>Wie stark die Log-Likelihood in der letzten Iteration gestiegen ist (EM senkt sie nie).</translation>
    </message>
    <message>
        <source>Converged once a rise is smaller than the tolerance.</source>
        <translation>Konvergiert, sobald ein Anstieg kleiner als die Toleranz ist.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Step {n} of {total}</source>
        <extracomment>Above this many stops the tick marks would merge into a grey bar, so none are drawn.</extracomment>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>A timeline position (0 .. state.last_position) the user asked to see: wire to session.seek.</extracomment>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Drag, or use Left/Right, to show any recorded step</source>
        <translation>Ziehen oder Links/Rechts verwenden, um einen aufgezeichneten Schritt zu zeigen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
</context>
<context>
    <name>TraceViews</name>
    <message>
        <source>EM iteration</source>
        <extracomment>The x axis first shows this many iterations and then grows by about a quarter at a time. Symbol pens and brushes are made once: pyqtgraph caches a symbol&apos;s picture under the identity of its pen and brush, so a colour given by name would render it anew every step. Traces show a dot per iteration up to this many iterations (then the dots merge anyway). Width of the left axes, fixed so that stacked plots line up.</extracomment>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>observed-data log likelihood</source>
        <translation>Log-Likelihood der beobachteten Daten</translation>
    </message>
    <message>
        <source>log likelihood</source>
        <translation>Log-Likelihood</translation>
    </message>
    <message>
        <source>log L</source>
        <translation>log L</translation>
    </message>
    <message>
        <source>⚠ The log likelihood fell at iteration {where}. EM never lowers it, so this points to a bug or to lost precision.</source>
        <translation>⚠ Die Log-Likelihood ist in Iteration {where} gefallen. EM senkt sie nie; das deutet auf einen Fehler oder verlorene Genauigkeit hin.</translation>
    </message>
    <message>
        <source>⚠ The log likelihood fell at iterations {where}. EM never lowers it, so this points to a bug or to lost precision.</source>
        <translation>⚠ Die Log-Likelihood ist in den Iterationen {where} gefallen. EM senkt sie nie; das deutet auf einen Fehler oder verlorene Genauigkeit hin.</translation>
    </message>
    <message>
        <source>log L = {value}</source>
        <translation>log L = {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log likelihood&lt;/b&gt;</source>
        <translation>&lt;b&gt;Log-Likelihood&lt;/b&gt;</translation>
    </message>
    <message>
        <source>iteration {n}</source>
        <translation>Iteration {n}</translation>
    </message>
    <message>
        <source>, after the E-step</source>
        <translation>, nach E-Schritt</translation>
    </message>
    <message>
        <source>, after the M-step</source>
        <translation>, nach M-Schritt</translation>
    </message>
    <message>
        <source>✓ converged ​at iteration {n}</source>
        <translation>✓ konvergiert ​in Iteration {n}</translation>
    </message>
    <message>
        <source>means μ₁, μ₂</source>
        <translation>Mittelwerte μ₁, μ₂</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>means</source>
        <translation>Mittelwerte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parameter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{swatch} true values</source>
        <translation>{swatch} wahre Werte</translation>
    </message>
</context>
<context>
    <name>TruthPanel</name>
    <message>
        <source>This count uses the responsibilities of the previous {theta} (the E-step of iteration {n}): the M-step has since moved the estimate to {now}, whose responsibilities come with the next E-step.</source>
        <extracomment>K components: the true component (0-based) matched to each fitted one.</extracomment>
        <translation>Diese Zählung verwendet die Verantwortlichkeiten des vorigen {theta} (des E-Schritts von Iteration {n}): Der M-Schritt hat die Schätzung seither zu {now} verschoben, dessen Verantwortlichkeiten mit dem nächsten E-Schritt kommen.</translation>
    </message>
    <message>
        <source>This count uses the responsibilities of {theta}, the estimate in the table.</source>
        <translation>Diese Zählung verwendet die Verantwortlichkeiten von {theta}, der Schätzung in der Tabelle.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>einer Datei</translation>
    </message>
    <message>
        <source>&lt;p&gt;These data came from {source}, not from the simulator, so the true parameters are unknown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Daten stammen aus {source}, nicht aus dem Simulator, daher sind die wahren Parameter unbekannt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Estimate {theta}</source>
        <translation>Schätzung {theta}</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Wahrheit</translation>
    </message>
    <message>
        <source>&lt;p&gt;The data were drawn from {k} components; the model fits {fit}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Daten wurden aus {k} Komponenten gezogen; das Modell passt {fit} an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The agreement with the true labels appears after the first E-step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Übereinstimmung mit den wahren Zugehörigkeiten erscheint nach dem ersten E-Schritt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The most probable component is the true one for &lt;b&gt;{matched} of {n}&lt;/b&gt; points ({percent}%), with the components&apos; names matched in the best way: EM&apos;s numbers 1, 2, … carry no meaning, so any relabelling of the fit is just as good.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die wahrscheinlichste Komponente ist für &lt;b&gt;{matched} von {n}&lt;/b&gt; Punkten ({percent} %) die wahre, wobei die Namen der Komponenten bestmöglich zugeordnet werden: Die Nummern 1, 2, … von EM haben keine Bedeutung, daher ist jede Umbenennung der Anpassung genauso gut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;In the file&apos;s units{unit}:&lt;/b&gt; {mu1} = {v1}, {mu2} = {v2}, and each component&apos;s spread is {spread} (the model works on {model}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;In den Einheiten der Datei{unit}:&lt;/b&gt; {mu1} = {v1}, {mu2} = {v2}, und die Streuung jeder Komponente ist {spread} (das Modell arbeitet mit {model}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Estimate&lt;br&gt;{theta}</source>
        <translation>Schätzung&lt;br&gt;{theta}</translation>
    </message>
    <message>
        <source>Truth&lt;br&gt;&amp;nbsp;</source>
        <translation>Wahrheit&lt;br&gt;&amp;nbsp;</translation>
    </message>
    <message>
        <source>Truth with&lt;br&gt;1 and 2 exchanged</source>
        <translation>Wahrheit mit&lt;br&gt;1 und 2 vertauscht</translation>
    </message>
    <message>
        <source>&lt;p&gt;In this sample {drawn} of {n} points ({percent}%) were drawn from component 1; the true {pi} is the share expected in a very large sample.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In dieser Stichprobe wurden {drawn} von {n} Punkten ({percent} %) aus Komponente 1 gezogen; das wahre {pi} ist der Anteil, der in einer sehr großen Stichprobe zu erwarten ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The most probable component is the true one for &lt;b&gt;{matched} of {n}&lt;/b&gt; points ({percent}%).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die wahrscheinlichste Komponente ist für &lt;b&gt;{matched} von {n}&lt;/b&gt; Punkten ({percent} %) die wahre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The labels are swapped:&lt;/b&gt; the fit calls the true component 1 “component 2” and the other way round. That is label switching: the names 1 and 2 carry no information, so the fit is just as good; compare with the last column.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Bezeichnungen sind vertauscht:&lt;/b&gt; Die Anpassung nennt die wahre Komponente 1 „Komponente 2“ und umgekehrt. Das ist Label-Switching: Die Namen 1 und 2 tragen keine Information, daher ist die Anpassung genauso gut; vergleichen Sie mit der letzten Spalte.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
