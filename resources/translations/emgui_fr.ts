<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>One EM iteration: E-step, then M-step</source>
        <translation>Une itération EM&#xa0;: étape E, puis étape M</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Run EM until it converges or reaches the maximum iterations</source>
        <translation>Lancer EM jusqu&apos;à la convergence ou au nombre maximal d&apos;itérations</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Go back one step through the history</source>
        <translation>Revenir d&apos;un pas dans l&apos;historique</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the start values, same data</source>
        <translation>Retour aux valeurs de départ, mêmes données</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Nouvel échantillon</translation>
    </message>
    <message>
        <source>Draw a new sample with the next seed and start over</source>
        <translation>Tirer un nouvel échantillon avec la graine suivante et recommencer</translation>
    </message>
    <message>
        <source>Simulate K Components…</source>
        <translation>Simuler K composantes…</translation>
    </message>
    <message>
        <source>Draw a sample from up to six components: a weight, a mean and a σ for each</source>
        <translation>Tirer un échantillon de jusqu&apos;à six composantes : un poids, une moyenne et un σ pour chacune</translation>
    </message>
    <message>
        <source>Copy History as Text</source>
        <translation>Copier l&apos;historique en texte</translation>
    </message>
    <message>
        <source>Copy the history table as tab-separated text, rounded as shown (it pastes into a spreadsheet); File &gt; Export &gt; History as CSV keeps every digit</source>
        <translation>Copier le tableau de l&apos;historique en texte séparé par des tabulations, arrondi comme affiché (il se colle dans un tableur)&#xa0;; Fichier &gt; Exporter &gt; Historique en CSV garde tous les chiffres</translation>
    </message>
    <message>
        <source>Presentation Mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>Full screen for a projector: everything larger, only the run and its plots (Esc leaves)</source>
        <translation>Plein écran pour le vidéoprojecteur : tout en plus grand, seulement l&apos;exécution et ses graphiques (Échap pour quitter)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Quitter le mode présentation</translation>
    </message>
    <message>
        <source>Back to the window as it was before</source>
        <translation>Revenir à la fenêtre telle qu&apos;elle était</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Larger text, lines, marks and handles everywhere</source>
        <translation>Texte, lignes, points et poignées plus grands partout</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Smaller text, lines, marks and handles everywhere</source>
        <translation>Texte, lignes, points et poignées plus petits partout</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Back to the normal size (100 %; 160 % in presentation mode)</source>
        <translation>Revenir à la taille normale (100 % ; 160 % en mode présentation)</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Black on white, thicker curves, no light greys: for a washed-out projector</source>
        <translation>Noir sur blanc, courbes plus épaisses, pas de gris clairs : pour un vidéoprojecteur pâle</translation>
    </message>
    <message>
        <source>Why EM Climbs</source>
        <translation>Pourquoi EM monte</translation>
    </message>
    <message>
        <source>The likelihood landscape, the lower bound and many starts, in place of the run&apos;s plots</source>
        <translation>Le paysage de la vraisemblance, la borne inférieure et de nombreux départs, à la place des graphiques de l&apos;exécution</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Close EM Explorer</source>
        <translation>Fermer EM Explorer</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Lister les raccourcis clavier</translation>
    </message>
    <message>
        <source>About EM Explorer</source>
        <translation>À propos d&apos;EM Explorer</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>Step ({half})</source>
        <translation>Pas ({half})</translation>
    </message>
    <message>
        <source>the E-step: new responsibilities</source>
        <translation>l&apos;étape E&#xa0;: nouvelles responsabilités</translation>
    </message>
    <message>
        <source>the M-step: new π, μ₁, μ₂</source>
        <translation>l&apos;étape M&#xa0;: nouveaux π, μ₁, μ₂</translation>
    </message>
    <message>
        <source>Next half step, {what} ({keys})</source>
        <translation>Demi-pas suivant, {what} ({keys})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the run ({keys})</source>
        <translation>Mettre le calcul en pause ({keys})</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>While you type in a number box, the arrow keys and letters edit the number; click the plot to use them for the run again. Tab moves from control to control (a thick frame shows where): on the data plot the arrows, Home and End choose a point, on the timeline they move through the run, and Space ticks a check box.</source>
        <translation>Pendant la saisie dans un champ numérique, les flèches et les lettres modifient le nombre ; cliquez sur le graphique pour les utiliser à nouveau pour l&apos;exécution. Tab passe d&apos;un élément à l&apos;autre (un cadre épais indique où) : sur le graphique des données, les flèches, Début et Fin choisissent un point, sur la frise elles parcourent l&apos;exécution, et Espace coche une case.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Watch the Expectation-Maximization algorithm fit a mixture of two normal distributions with variance 1, one E-step and one M-step at a time. The log likelihood never decreases.&lt;/p&gt;&lt;p&gt;Colours: Okabe-Ito blue (component 1) and orange (component 2), distinguishable with common colour-vision deficiencies.&lt;/p&gt;&lt;p&gt;MIT licence. Works offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Regardez l&apos;algorithme Espérance-Maximisation (EM) ajuster un mélange de deux lois normales de variance 1, une étape E et une étape M à la fois. La log-vraisemblance ne diminue jamais.&lt;/p&gt;&lt;p&gt;Couleurs&#xa0;: bleu (composante 1) et orange (composante 2) d&apos;Okabe-Ito, distinguables malgré les défauts courants de la vision des couleurs.&lt;/p&gt;&lt;p&gt;Licence MIT. Fonctionne hors ligne.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>components {i} and {j} both have mean {mean} and σ {sd}</source>
        <extracomment>The kind of point EM cannot leave (the core decides; the banner only words it).</extracomment>
        <translation>les composantes {i} et {j} ont toutes deux la moyenne {mean} et σ {sd}</translation>
    </message>
    <message>
        <source>&lt;b&gt;EM stopped at iteration {n} with two components the same&lt;/b&gt; ({same}). EM can never separate components with equal parameters: every point gives them the same responsibility, so they move as one. Start their means apart, then Reset.</source>
        <translation>&lt;b&gt;EM s&apos;est arrêté à l&apos;itération {n} avec deux composantes identiques&lt;/b&gt; ({same}). EM ne peut jamais séparer des composantes aux paramètres égaux&#xa0;: chaque point leur donne la même responsabilité, donc elles bougent ensemble. Écartez leurs moyennes au départ, puis réinitialisez.</translation>
    </message>
    <message>
        <source>both means are {mean}</source>
        <translation>les deux moyennes valent {mean}</translation>
    </message>
    <message>
        <source>component {k} has weight 0, so the fit is a single normal curve</source>
        <translation>la composante {k} a un poids 0, l&apos;ajustement est donc une seule courbe normale</translation>
    </message>
    <message>
        <source>&lt;b&gt;EM stopped at iteration {n} where the two components are the same&lt;/b&gt; ({same}). This is a saddle of the likelihood, not the best fit: it is a fixed point of EM, so every further step gives the same values. Try start values with μ₁ ≠ μ₂, e.g. one mean on each side of the data, then Reset.</source>
        <translation>&lt;b&gt;EM s&apos;est arrêté à l&apos;itération {n}, là où les deux composantes sont identiques&lt;/b&gt; ({same}). C&apos;est un point selle de la vraisemblance, pas le meilleur ajustement&#xa0;: c&apos;est un point fixe d&apos;EM, donc chaque pas suivant donne les mêmes valeurs. Essayez des valeurs de départ avec μ₁ ≠ μ₂, par exemple une moyenne de chaque côté des données, puis réinitialisez.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged after 1 iteration&lt;/b&gt; (increase below tol = {tol}). Play stops here; Step still goes on.</source>
        <translation>&lt;b&gt;Convergence après 1 itération&lt;/b&gt; (hausse inférieure à tol = {tol}). La lecture s&apos;arrête ici&#xa0;; Pas continue.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged after {k} iterations&lt;/b&gt; (increase below tol = {tol}). Play stops here; Step still goes on.</source>
        <translation>&lt;b&gt;Convergence après {k} itérations&lt;/b&gt; (hausse inférieure à tol = {tol}). La lecture s&apos;arrête ici&#xa0;; Pas continue.</translation>
    </message>
    <message>
        <source> and later</source>
        <translation> et après</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log likelihood fell&lt;/b&gt; at iterations {where}. EM never lowers it, so this points to a numerical problem, not to the data.</source>
        <translation>&lt;b&gt;La log-vraisemblance a baissé&lt;/b&gt; aux itérations {where}. EM ne la fait jamais baisser&#xa0;: cela signale un problème numérique, pas un effet des données.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log likelihood fell&lt;/b&gt; at iteration {where}. EM never lowers it, so this points to a numerical problem, not to the data.</source>
        <translation>&lt;b&gt;La log-vraisemblance a baissé&lt;/b&gt; à l&apos;itération {where}. EM ne la fait jamais baisser&#xa0;: cela signale un problème numérique, pas un effet des données.</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>The tolerance must be a number such as 1e-6, not “{text}”.</source>
        <translation>La tolérance doit être un nombre comme 1e-6, pas «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>The tolerance must lie between {low} and {high}, not “{text}”.</source>
        <translation>La tolérance doit être comprise entre {low} et {high}, pas «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Number of points to simulate (1 to {max}).</source>
        <extracomment>A new simulated sample was asked for (a validated-looking Simulation; the session checks). New start parameters (a Mixture) were asked for. Another model (a mixture.Model: K, the variance form, the sigma floor) was asked for. A sentence describing an impossible value the user typed (nothing was changed).</extracomment>
        <translation>Nombre de points à simuler (1 à {max}).</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Distance between the true means: component 1 sits at −sep/2, component 2 at +sep/2 (both with variance 1).</source>
        <translation>Distance entre les vraies moyennes&#xa0;: la composante 1 est à −sep/2, la composante 2 à +sep/2 (toutes deux de variance 1).</translation>
    </message>
    <message>
        <source>True share of points drawn from component 1 (blue).</source>
        <translation>Vraie proportion des points tirés de la composante 1 (bleue).</translation>
    </message>
    <message>
        <source>Random seed: the same seed always draws the same sample.</source>
        <translation>Graine aléatoire&#xa0;: la même graine tire toujours le même échantillon.</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Nouvel échantillon</translation>
    </message>
    <message>
        <source>Draw a new sample with the next seed and start over.</source>
        <translation>Tirer un nouvel échantillon avec la graine suivante et recommencer.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>True π</source>
        <translation>Vrai π</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Number of components K (1 to {max}). Changing it starts over with the means at the data&apos;s quantiles.</source>
        <translation>Nombre de composantes K (1 à {max}). Le changer recommence, avec les moyennes aux quantiles des données.</translation>
    </message>
    <message>
        <source>Fixed at 1: the course&apos;s model. Shared: one σ for every component, estimated. Each its own: one σ per component, estimated (the likelihood then has no maximum: a component can shrink onto one point).</source>
        <translation>Fixée à 1&#xa0;: le modèle du cours. Commune&#xa0;: un seul σ pour toutes les composantes, estimé. Propre à chacune&#xa0;: un σ par composante, estimé (la vraisemblance n&apos;a alors pas de maximum&#xa0;: une composante peut se réduire à un point).</translation>
    </message>
    <message>
        <source>Floor on σ (1/1000 of spread)</source>
        <translation>Plancher de σ (dispersion/1000)</translation>
    </message>
    <message>
        <source>A floor on σ. Off, a component can collapse onto a single point: σ goes to 0 and the log likelihood grows without bound. Turn it off to show that.</source>
        <translation>Un plancher pour σ. Sans lui, une composante peut s&apos;effondrer sur un seul point&#xa0;: σ tend vers 0 et la log-vraisemblance croît sans limite. Désactivez-le pour le montrer.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composantes</translation>
    </message>
    <message>
        <source>Variances</source>
        <translation>Variances</translation>
    </message>
    <message>
        <source>Start value of π = P(Z = 1), the weight of component 1.</source>
        <translation>Valeur de départ de π = P(Z = 1), le poids de la composante 1.</translation>
    </message>
    <message>
        <source>Start value of μ₁ (blue). You can also drag the blue marker at step 0.</source>
        <translation>Valeur de départ de μ₁ (bleu). Vous pouvez aussi faire glisser le repère bleu au pas 0.</translation>
    </message>
    <message>
        <source>Start value of μ₂ (orange). You can also drag the orange marker at step 0.</source>
        <translation>Valeur de départ de μ₂ (orange). Vous pouvez aussi faire glisser le repère orange au pas 0.</translation>
    </message>
    <message>
        <source>Start value of μ{k}. You can also drag its marker at step 0.</source>
        <translation>Valeur de départ de μ{k}. Vous pouvez aussi faire glisser son repère au pas 0.</translation>
    </message>
    <message>
        <source>Start value of σ for every component. At step 0 you can also drag a component&apos;s dotted σ handle.</source>
        <translation>Valeur de départ de σ pour toutes les composantes. Au pas 0, vous pouvez aussi faire glisser la poignée σ en pointillés d&apos;une composante.</translation>
    </message>
    <message>
        <source>Weights start equal, 1/K each.</source>
        <translation>Les poids partent égaux, 1/K chacun.</translation>
    </message>
    <message>
        <source>Start values</source>
        <translation>Valeurs de départ</translation>
    </message>
    <message>
        <source>Converged when the log likelihood rises by less than this. Type a number such as 1e-6; the arrows multiply or divide by 10.</source>
        <translation>Convergence quand la log-vraisemblance augmente de moins que cette valeur. Tapez un nombre comme 1e-6&#xa0;; les flèches multiplient ou divisent par 10.</translation>
    </message>
    <message>
        <source>Play stops after this many iterations even if not converged.</source>
        <translation>La lecture s&apos;arrête après ce nombre d&apos;itérations, même sans convergence.</translation>
    </message>
    <message>
        <source>Stopping rule</source>
        <translation>Règle d&apos;arrêt</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Max iterations</source>
        <translation>Itérations max.</translation>
    </message>
    <message>
        <source>Play speed, in EM iterations a second (1 to 30).</source>
        <translation>Vitesse de lecture, en itérations EM par seconde (1 à 30).</translation>
    </message>
    <message>
        <source>{value} it/s</source>
        <translation>{value} it./s</translation>
    </message>
    <message>
        <source>Smooth motion</source>
        <translation>Mouvement fluide</translation>
    </message>
    <message>
        <source>Glide the curves from one step to the next instead of jumping.</source>
        <translation>Faire glisser les courbes d&apos;un pas au suivant au lieu de sauter.</translation>
    </message>
    <message>
        <source>Half steps (E and M separately)</source>
        <translation>Demi-pas (E et M séparés)</translation>
    </message>
    <message>
        <source>Step shows the E-step (new colours) and the M-step (new curves) one at a time.</source>
        <translation>Pas montre l&apos;étape E (nouvelles couleurs) et l&apos;étape M (nouvelles courbes) l&apos;une après l&apos;autre.</translation>
    </message>
    <message>
        <source>Show the truth</source>
        <translation>Montrer la vérité</translation>
    </message>
    <message>
        <source>For simulated data: draw the true mixture (dashed) and sort the marks into two rows, circles for points drawn from component 1 and triangles for component 2.</source>
        <translation>Pour des données simulées&#xa0;: tracer le vrai mélange (en tirets) et ranger les marques sur deux lignes, des cercles pour les points tirés de la composante 1 et des triangles pour la composante 2.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Data from {source}. Press New sample to simulate data instead.</source>
        <translation>Données de {source}. Appuyez sur Nouvel échantillon pour simuler des données à la place.</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Data and fitted densities</source>
        <extracomment>At most this many observations get their own mark; larger samples show a fixed random subset. Seed of that subset, so the same data always show the same marks. Bins of the responsibility strip shown when n &gt; SAMPLE_MAX. Colour steps of the marks: enough to look continuous, few enough to cache the symbols. Index of the neutral grey brush (marks before the first E-step) for two components. Opacity steps of a mark for three or more components (colour: its most likely component). Points of the x grid on which the curves are evaluated (it spans the visible x range): about one every 4 pixels on a 1280-wide window, where a chord of a density curve strays from it by well under a pixel; more would only cost drawing time at every frame. A click or hover finds the nearest mark within this many pixels. Where a narrow component gets its own points, in sigmas from its mean. Subscript digits for component names. The y range grows for a tall curve up to this many times the histogram&apos;s peak. The start the user chose by dragging means or sigma handles (a Mixture).</extracomment>
        <translation>Données et densités ajustées</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densité</translation>
    </message>
    <message>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <source>mixture</source>
        <translation>mélange</translation>
    </message>
    <message>
        <source>true mixture</source>
        <translation>vrai mélange</translation>
    </message>
    <message>
        <source>marks: r = P(Z=1 | x) from 0 {ramp} 1</source>
        <translation>marques&#xa0;: r = P(Z=1 | x) de 0 {ramp} 1</translation>
    </message>
    <message>
        <source>marks: colour of the most likely component, faint where it is unsure</source>
        <translation>marques&#xa0;: couleur de la composante la plus probable, pâle là où elle est incertaine</translation>
    </message>
    <message>
        <source>, ● true Z = 1, ▲ true Z = 2</source>
        <translation>, ● vrai Z = 1, ▲ vrai Z = 2</translation>
    </message>
    <message>
        <source> (a random {shown} of {n} points)</source>
        <translation> ({shown} points au hasard sur {n})</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Data files (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>Fichiers de données (*.txt *.csv *.tsv *.dat);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The column chosen last for each data file with several (file path -&gt; column name).</extracomment>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>&amp;Open Data…</source>
        <extracomment>The File menu, in order; None is a separator. Shortcuts follow each platform&apos;s conventions.</extracomment>
        <translation>&amp;Ouvrir des données…</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Ouvrir une &amp;session…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>&amp;Enregistrer la session</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Enregistrer la session &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;History as CSV…</source>
        <extracomment>File &gt; Export, in order (the views&apos; pictures go between the CSV files and the window).</extracomment>
        <translation>&amp;Historique en CSV…</translation>
    </message>
    <message>
        <source>&amp;Responsibilities as CSV…</source>
        <translation>&amp;Responsabilités en CSV…</translation>
    </message>
    <message>
        <source>Whole &amp;Window as Picture…</source>
        <translation>&amp;Fenêtre entière en image…</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <extracomment>A short sentence for the status bar after a command succeeded. Unsaved changes appeared (True) or were saved or opened (False). The session file changed (its path, or &apos;&apos; for an untitled session). A session was opened with this speed (iterations a second) and preset key (&apos;&apos; for none). What a reopened session had on screen besides the run (see SessionDocument.view). Says what is on screen besides the run, for a session file (set by the window).</extracomment>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before {doing}?</source>
        <translation>Enregistrer les modifications de «&#xa0;{name}&#xa0;» avant {doing}&#xa0;?</translation>
    </message>
    <message>
        <source>Without saving, the run and its history are lost.</source>
        <translation>Sans enregistrement, le calcul et son historique sont perdus.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>de fermer</translation>
    </message>
    <message>
        <source>Open Data</source>
        <translation>Ouvrir des données</translation>
    </message>
    <message>
        <source>opening other data</source>
        <translation>d&apos;ouvrir d&apos;autres données</translation>
    </message>
    <message>
        <source> (read as {encoding} text)</source>
        <translation> (lu comme texte {encoding})</translation>
    </message>
    <message>
        <source>Opened {source}: {n} values{read_as}.</source>
        <translation>{source} ouvert&#xa0;: {n} valeurs{read_as}.</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>opening another session</source>
        <translation>d&apos;ouvrir une autre session</translation>
    </message>
    <message>
        <source>Recomputing the run of {name}…</source>
        <translation>Recalcul du déroulement de {name}…</translation>
    </message>
    <message>
        <source>Opening {name} was cancelled; nothing was changed.</source>
        <translation>L&apos;ouverture de {name} a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Opened the session {name}.</source>
        <translation>Session {name} ouverte.</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Enregistrer la session sous</translation>
    </message>
    <message>
        <source>Saved the session as {name}.</source>
        <translation>Session enregistrée sous {name}.</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>History saved to</source>
        <translation>Historique enregistré dans</translation>
    </message>
    <message>
        <source>Export Responsibilities</source>
        <translation>Exporter les responsabilités</translation>
    </message>
    <message>
        <source>There are no responsibilities yet: take the first E-step, then export</source>
        <translation>Il n&apos;y a pas encore de responsabilités&#xa0;: faites la première étape E, puis exportez</translation>
    </message>
    <message>
        <source>Responsibilities saved to</source>
        <translation>Responsabilités enregistrées dans</translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>Exporter l&apos;image</translation>
    </message>
    <message>
        <source>Picture saved to</source>
        <translation>Image enregistrée dans</translation>
    </message>
    <message>
        <source>Export Window</source>
        <translation>Exporter la fenêtre</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source> (not found)</source>
        <translation> (introuvable)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vider le menu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>{view} as Picture…</source>
        <translation>{view} en image…</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>undefined</source>
        <extracomment>A no-break space: &quot;3.1 × 10⁻⁸&quot; must never be split over two lines. Attributes of every layout table: no gaps, so fractions and text line up. A formula is never broken over two lines: a narrow panel scrolls sideways instead.</extracomment>
        <translation>indéfini</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>step</source>
        <extracomment>Column titles on screen, and the plain names used when copying as text.</extracomment>
        <translation>pas</translation>
    </message>
    <message>
        <source>log L</source>
        <translation>log L</translation>
    </message>
    <message>
        <source>EM iteration</source>
        <translation>Itération EM</translation>
    </message>
    <message>
        <source>π: the weight of component 1</source>
        <translation>π&#xa0;: le poids de la composante 1</translation>
    </message>
    <message>
        <source>μ₁: the mean of component 1</source>
        <translation>μ₁&#xa0;: la moyenne de la composante 1</translation>
    </message>
    <message>
        <source>μ₂: the mean of component 2</source>
        <translation>μ₂&#xa0;: la moyenne de la composante 2</translation>
    </message>
    <message>
        <source>log L: the observed-data log likelihood at these parameters (never decreases)</source>
        <translation>log L&#xa0;: la log-vraisemblance des données observées pour ces paramètres (ne baisse jamais)</translation>
    </message>
    <message>
        <source>{w}: the weight of component {k}</source>
        <extracomment>From this magnitude on a value is shown in scientific notation (its fixed form is too wide). Widest texts expected in the fixed-width columns (a step, a parameter in bold); the log likelihood takes the rest, so on a narrow screen it is the column that gives way. The log likelihood&apos;s column, and the widest text it must show whole (see cell_text). A light tint of the current-iteration colour, dark text on it stays readable. (what, component) per column: what is &quot;step&quot;, &quot;loglik&quot;, &quot;w&quot;, &quot;mu&quot; or &quot;sd&quot;.</extracomment>
        <translation>{w}&#xa0;: le poids de la composante {k}</translation>
    </message>
    <message>
        <source>{mu}: the mean of component {k}</source>
        <translation>{mu}&#xa0;: la moyenne de la composante {k}</translation>
    </message>
    <message>
        <source>σ: the standard deviation every component shares</source>
        <translation>σ&#xa0;: l&apos;écart-type commun à toutes les composantes</translation>
    </message>
    <message>
        <source>{sd}: the standard deviation of component {k}</source>
        <translation>{sd}&#xa0;: l&apos;écart-type de la composante {k}</translation>
    </message>
</context>
<context>
    <name>MStepPanel</name>
    <message>
        <source>&lt;p&gt;No responsibilities yet. The M-step averages the points weighted by their responsibilities, so it needs an E-step first: press Step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pas encore de responsabilités. L&apos;étape M fait la moyenne des points pondérés par leurs responsabilités&#xa0;; il lui faut donc d&apos;abord une étape E&#xa0;: appuyez sur Pas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The M-step of iteration {n} used the responsibilities of its E-step and gave the {theta} now shown:</source>
        <translation>L&apos;étape M de l&apos;itération {n} a utilisé les responsabilités de son étape E et a donné le {theta} affiché maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>Responsibilities of iteration {n}. The next M-step turns them into {theta}:</source>
        <translation>Responsabilités de l&apos;itération {n}. La prochaine étape M les transforme en {theta}&#xa0;:</translation>
    </message>
    <message>
        <source>; the squares are about the new means {mu}.</source>
        <translation>&#xa0;; les carrés sont pris autour des nouvelles moyennes {mu}.</translation>
    </message>
    <message>
        <source>no weight at all, so</source>
        <translation>aucun poids du tout, donc</translation>
    </message>
    <message>
        <source>{value} (unchanged)</source>
        <translation>{value} (inchangé)</translation>
    </message>
    <message>
        <source>One σ for all components: the squared distances of every component are pooled and divided by n.</source>
        <translation>Un seul σ pour toutes les composantes&#xa0;: les carrés des écarts de toutes les composantes sont regroupés et divisés par n.</translation>
    </message>
    <message>
        <source>Every point counts for each component in proportion to its responsibility {r}; a point&apos;s responsibilities add up to 1.</source>
        <translation>Chaque point compte pour chaque composante en proportion de sa responsabilité {r}&#xa0;; les responsabilités d&apos;un point ont pour somme 1.</translation>
    </message>
    <message>
        <source>{s1} is how many points&apos; worth of weight {swatch1} component 1 gets, and {s2} is {swatch2} component 2&apos;s share; together they make {n}.</source>
        <translation>{s1} est le nombre de points, en poids, que reçoit {swatch1} la composante 1, et {s2} la part de {swatch2} la composante 2&#xa0;; ensemble elles font {n}.</translation>
    </message>
    <message>
        <source>A point with {r} = 0.8 counts as 0.8 of a point for component 1 and 0.2 of a point for component 2.</source>
        <translation>Un point avec {r} = 0,8 compte pour 0,8 point dans la composante 1 et 0,2 point dans la composante 2.</translation>
    </message>
    <message>
        <source>Each new parameter is a division of these sums:</source>
        <translation>Chaque nouveau paramètre est un quotient de ces sommes&#xa0;:</translation>
    </message>
    <message>
        <source>{value} (held at the floor)</source>
        <translation>{value} (maintenu au plancher)</translation>
    </message>
    <message>
        <source>{value} (collapsed onto a point)</source>
        <translation>{value} (effondré sur un point)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Run</source>
        <extracomment>On a screen larger than DEFAULT_SIZE the first window takes this share of it (a projector at 1920x1080 gets a window of 1728x972, not a 1280x800 one in a corner). Glide time as a share of the time between two steps, and its ceiling, in milliseconds. Width of the side column once explanation panels share it with the inputs (formulas need it), and the largest share of the window it may take. Width the history table needs for its five columns at the projector font size, and the most it gets at first (wider, its last column only stretches; the rest goes to the trace plots). Keys that choose another point while the data plot has the keyboard focus. The one group of inputs presentation mode keeps in the side column. Emitted once, when the window first paints (start-up time is measured to it). Emitted when another language rebuilt the window: the new window (see set_language).</extracomment>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Data, start values, stopping rule and playback</source>
        <translation>Données, valeurs de départ, règle d&apos;arrêt et lecture</translation>
    </message>
    <message>
        <source>Log L</source>
        <translation>Log L</translation>
    </message>
    <message>
        <source>The log likelihood against the EM iteration</source>
        <translation>La log-vraisemblance en fonction de l&apos;itération EM</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>M-step</source>
        <translation>Étape M</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Vérité</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Data Plot</source>
        <translation>Graphique des données</translation>
    </message>
    <message>
        <source>Log-likelihood Plot</source>
        <translation>Graphique de la log-vraisemblance</translation>
    </message>
    <message>
        <source>Parameter Plot</source>
        <translation>Graphique des paramètres</translation>
    </message>
    <message>
        <source>History copied to the clipboard as text.</source>
        <translation>Historique copié dans le presse-papiers sous forme de texte.</translation>
    </message>
</context>
<context>
    <name>Mixture</name>
    <message>
        <source>fixed at 1</source>
        <extracomment>The variance forms: fixed at 1 (the seed&apos;s), one shared sigma, one sigma per component.</extracomment>
        <translation>fixées à 1</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>communes</translation>
    </message>
    <message>
        <source>each its own</source>
        <translation>propres à chacune</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <source>Open Data</source>
        <extracomment>Columns of the file shown in the preview table (a wide file&apos;s first ones). Rows of the file shown in the preview table. The largest share of the screen&apos;s height the dialog takes; a taller body scrolls. Bins of the small histogram of the values on the new scale (Rice&apos;s rule, within these bounds).</extracomment>
        <translation>Ouvrir des données</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <source>{rows}, 1 numeric column</source>
        <translation>{rows}, 1 colonne numérique</translation>
    </message>
    <message>
        <source>{rows}, {k} numeric columns</source>
        <translation>{rows}, {k} colonnes numériques</translation>
    </message>
    <message>
        <source>; 1 blank or comment line skipped</source>
        <translation>&#xa0;; 1 ligne vide ou de commentaire ignorée</translation>
    </message>
    <message>
        <source>; {n} blank or comment lines skipped</source>
        <translation>&#xa0;; {n} lignes vides ou de commentaire ignorées</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Colonne&#xa0;:</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Put the data on the model’s scale</source>
        <translation>Mettre les données à l&apos;échelle du modèle</translation>
    </message>
    <message>
        <source>The model fixes the variance of each component at 1, so one unit should be the spread within a component.</source>
        <translation>Variance de chaque composante fixée à 1&#xa0;: une unité doit valoir la dispersion d&apos;une composante.</translation>
    </message>
    <message>
        <source>&amp;Divide every value by</source>
        <translation>&amp;Diviser par</translation>
    </message>
    <message>
        <source>Use &amp;estimate</source>
        <translation>Utiliser l&apos;&amp;estimation</translation>
    </message>
    <message>
        <source>On the new scale</source>
        <translation>Sur la nouvelle échelle</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>The first {n} rows of the file</source>
        <translation>Les {n} premières lignes du fichier</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>value on the new scale</source>
        <translation>valeur sur la nouvelle échelle</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 unité</translation>
    </message>
    <message>
        <source>Spread of “{column}”</source>
        <translation>Dispersion de «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>mean {mean}    sd {sd}    range {low} to {high}</source>
        <translation>moy. {mean}    é.-t. {sd}    de {low} à {high}</translation>
    </message>
    <message>
        <source>Every value is the same, so there is no spread to scale.</source>
        <translation>Toutes les valeurs sont égales&#xa0;: il n&apos;y a pas de dispersion à mettre à l&apos;échelle.</translation>
    </message>
    <message>
        <source>Estimated spread within a component: {value} (a fit of two groups that share one spread).</source>
        <translation>Dispersion estimée dans une composante&#xa0;: {value} (deux groupes de même dispersion).</translation>
    </message>
    <message>
        <source>&amp;Subtract the mean ({mean})</source>
        <translation>&amp;Soustraire la moyenne ({mean})</translation>
    </message>
    <message>
        <source>Dividing by so small a number makes values infinite.</source>
        <translation>Diviser par un nombre aussi petit rend les valeurs infinies.</translation>
    </message>
</context>
<context>
    <name>PointPanel</name>
    <message>
        <source>Click a point in the data plot, or choose its number above, to see how the E-step computes its responsibility.</source>
        <extracomment>Space under each line of the worked formula, so stacked fractions never touch.</extracomment>
        <translation>Cliquez sur un point du graphique des données, ou choisissez son numéro ci-dessus, pour voir comment l&apos;étape E calcule sa responsabilité.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The selected point changed (0-based index, or None): the data view may highlight it. The &quot;follow the mouse&quot; box was toggled: the data view may start or stop reporting hovers.</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Point number</source>
        <translation>Numéro du point</translation>
    </message>
    <message>
        <source>The number i of the observation to inspect (1 to n)</source>
        <translation>Le numéro i de l&apos;observation à examiner (1 à n)</translation>
    </message>
    <message>
        <source>Most uncertain</source>
        <translation>Le plus incertain</translation>
    </message>
    <message>
        <source>Pick the point whose responsibility is closest to ½</source>
        <translation>Choisir le point dont la responsabilité est la plus proche de ½</translation>
    </message>
    <message>
        <source>Follow the mouse</source>
        <translation>Suivre la souris</translation>
    </message>
    <message>
        <source>Inspect the point under the mouse instead of the clicked one</source>
        <translation>Examiner le point sous la souris au lieu du point cliqué</translation>
    </message>
    <message>
        <source>Point &amp;i:</source>
        <translation>Point &amp;i&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point {i} = {n}&lt;/b&gt;, {x} = {value}</source>
        <translation>&lt;b&gt;Point {i} = {n}&lt;/b&gt;, {x} = {value}</translation>
    </message>
    <message>
        <source>the file&apos;s units</source>
        <translation>les unités du fichier</translation>
    </message>
    <message>
        <source> &amp;nbsp;({value} in {unit})</source>
        <translation> &amp;nbsp;({value} en {unit})</translation>
    </message>
    <message>
        <source> &amp;nbsp;(drawn from {swatch} component {k})</source>
        <translation> &amp;nbsp;(tiré de {swatch} la composante {k})</translation>
    </message>
    <message>
        <source>No E-step yet. The first E-step, at {theta}, will compute:</source>
        <translation>Pas encore d&apos;étape E. La première étape E, en {theta}, calculera&#xa0;:</translation>
    </message>
    <message>
        <source>The colours still come from the E-step of iteration {n}, at {theta}; the M-step has since moved the curves.</source>
        <translation>Les couleurs viennent encore de l&apos;étape E de l&apos;itération {n}, en {theta}&#xa0;; l&apos;étape M a depuis déplacé les courbes.</translation>
    </message>
    <message>
        <source>E-step of iteration {n}, at {theta}:</source>
        <translation>Étape E de l&apos;itération {n}, en {theta}&#xa0;:</translation>
    </message>
    <message>
        <source>The denominator, {sum} = {terms} = {total}</source>
        <translation>Le dénominateur, {sum} = {terms} = {total}</translation>
    </message>
    <message>
        <source>So point {i} most likely belongs to {swatch} component {k}, with probability &lt;b&gt;{p}&lt;/b&gt;; the responsibilities of a point always add up to 1.</source>
        <translation>Le point {i} appartient donc le plus probablement à {swatch} la composante {k}, avec une probabilité de &lt;b&gt;{p}&lt;/b&gt;&#xa0;; les responsabilités d&apos;un point ont toujours pour somme 1.</translation>
    </message>
    <message>
        <source>where</source>
        <translation>où</translation>
    </message>
    <message>
        <source>φ is the normal density:</source>
        <translation>φ est la densité normale&#xa0;:</translation>
    </message>
    <message>
        <source>So point {i} belongs to {swatch1} component 1 with probability &lt;b&gt;{r}&lt;/b&gt; and to {swatch2} component 2 with probability &lt;b&gt;{s}&lt;/b&gt;.</source>
        <translation>Le point {i} appartient donc à {swatch1} la composante 1 avec une probabilité de &lt;b&gt;{r}&lt;/b&gt; et à {swatch2} la composante 2 avec une probabilité de &lt;b&gt;{s}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>φ is the normal density with variance 1:</source>
        <translation>φ est la densité normale de variance 1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>The seed&apos;s reference run</source>
        <extracomment>Keys of teachers&apos; own presets start with this, so they never clash with a built-in key. The model fitted: the seed&apos;s two unit-variance components unless said otherwise.</extracomment>
        <translation>Le calcul de référence du script d&apos;origine</translation>
    </message>
    <message>
        <source>80 points from two bell curves 2.4 apart, started at π = 0.5, μ₁ = −0.5, μ₂ = 0.5. Step 8 times and compare the history with the original script&apos;s printout: the numbers agree to every digit shown. Keep stepping to watch it converge.</source>
        <translation>80 points issus de deux courbes en cloche distantes de 2,4, départ à π = 0,5, μ₁ = −0,5, μ₂ = 0,5. Faites 8 pas et comparez l&apos;historique avec la sortie du script d&apos;origine&#xa0;: les nombres concordent à chaque chiffre affiché. Continuez pour voir la convergence.</translation>
    </message>
    <message>
        <source>Well separated</source>
        <translation>Bien séparés</translation>
    </message>
    <message>
        <source>The same kind of sample, but the two groups are 6 apart instead of 2.4. After a few iterations almost every responsibility is close to 0 or 1: each point clearly belongs to one component, and EM behaves like sorting the points into two groups and averaging each group. It converges in a handful of iterations.</source>
        <translation>Le même genre d&apos;échantillon, mais les deux groupes sont distants de 6 au lieu de 2,4. Après quelques itérations, presque toutes les responsabilités sont proches de 0 ou de 1&#xa0;: chaque point appartient nettement à une composante, et EM se comporte comme si l&apos;on triait les points en deux groupes avant de faire la moyenne de chacun. Il converge en une poignée d&apos;itérations.</translation>
    </message>
    <message>
        <source>Reduced separation</source>
        <translation>Écart réduit</translation>
    </message>
    <message>
        <source>The groups are only 1.5 apart, so they overlap heavily. Many points keep responsibilities far from 0 and 1 (soft assignments), so each mean is pulled by points of both groups. The means creep apart slowly: EM needs over a hundred iterations to converge.</source>
        <translation>Les groupes ne sont distants que de 1,5&#xa0;: ils se chevauchent fortement. Beaucoup de points gardent des responsabilités loin de 0 et de 1 (affectations souples), donc chaque moyenne est tirée par des points des deux groupes. Les moyennes s&apos;écartent lentement&#xa0;: EM a besoin de plus de cent itérations pour converger.</translation>
    </message>
    <message>
        <source>Change the seed</source>
        <translation>Changer la graine</translation>
    </message>
    <message>
        <source>The same truth as the reference run (π = 0.45, means ±1.2), but a different random sample: seed 2024 instead of 531. The fit lands somewhere else (π ≈ 0.39 instead of 0.31), because the estimate depends on the sample drawn, not only on the truth.</source>
        <translation>La même vérité que le calcul de référence (π = 0,45, moyennes ±1,2), mais un autre échantillon aléatoire&#xa0;: graine 2024 au lieu de 531. L&apos;ajustement tombe ailleurs (π ≈ 0,39 au lieu de 0,31), car l&apos;estimation dépend de l&apos;échantillon tiré, pas seulement de la vérité.</translation>
    </message>
    <message>
        <source>Symmetric start (μ₁ = μ₂)</source>
        <translation>Départ symétrique (μ₁ = μ₂)</translation>
    </message>
    <message>
        <source>Both components start at the same mean, 0. Then every point gets the same responsibility, both means move to the same weighted average, and they stay equal: EM cannot separate the components from a symmetric start, because nothing in the data tells one component from the other. The log likelihood stops rising at once: EM stands on a saddle point, not at the best fit, and stays there for ever.</source>
        <translation>Les deux composantes partent de la même moyenne, 0. Alors chaque point reçoit la même responsabilité, les deux moyennes vont à la même moyenne pondérée et restent égales&#xa0;: EM ne peut pas séparer les composantes depuis un départ symétrique, car rien dans les données ne distingue une composante de l&apos;autre. La log-vraisemblance cesse aussitôt d&apos;augmenter&#xa0;: EM se tient sur un point selle, pas au meilleur ajustement, et y reste pour toujours.</translation>
    </message>
    <message>
        <source>Swapped start (μ₁ &gt; μ₂)</source>
        <translation>Départ inversé (μ₁ &gt; μ₂)</translation>
    </message>
    <message>
        <source>The reference run mirrored: component 1 starts on the right and component 2 on the left. EM finds the same fit with the labels exchanged: μ₁ and μ₂ trade places and π becomes 1 − π, with exactly the same log likelihood. This is label switching: the numbers 1 and 2 are names, and the data cannot tell which is which.</source>
        <translation>Le calcul de référence en miroir&#xa0;: la composante 1 part à droite et la composante 2 à gauche. EM trouve le même ajustement avec les étiquettes échangées&#xa0;: μ₁ et μ₂ changent de place et π devient 1 − π, avec exactement la même log-vraisemblance. C&apos;est le changement d&apos;étiquettes (label switching)&#xa0;: les numéros 1 et 2 ne sont que des noms, et les données ne peuvent pas dire lequel est lequel.</translation>
    </message>
    <message>
        <source>Unbalanced weights (true π = 0.1)</source>
        <translation>Poids déséquilibrés (vrai π = 0,1)</translation>
    </message>
    <message>
        <source>Only about one point in ten comes from component 1. Watch π fall from 0.5 towards 0.1: the small component has few points to average, so its mean is less certain and EM needs more iterations to settle.</source>
        <translation>Environ un point sur dix seulement vient de la composante 1. Regardez π descendre de 0,5 vers 0,1&#xa0;: la petite composante a peu de points à moyenner, donc sa moyenne est moins sûre et EM a besoin de plus d&apos;itérations pour se stabiliser.</translation>
    </message>
    <message>
        <source>Start far from the data</source>
        <translation>Départ loin des données</translation>
    </message>
    <message>
        <source>Both means start far to the right of every point (μ₁ = 6, μ₂ = 9). The first E-step gives almost every point to component 1, the nearer one, so π jumps to nearly 1 and component 2 is almost empty. EM recovers, pulled back by the few points on the far right, but needs about 50 iterations to reach the reference run&apos;s fit.</source>
        <translation>Les deux moyennes partent loin à droite de tous les points (μ₁ = 6, μ₂ = 9). La première étape E donne presque tous les points à la composante 1, la plus proche, donc π saute presque à 1 et la composante 2 est presque vide. EM s&apos;en remet, ramené par les quelques points tout à droite, mais il lui faut environ 50 itérations pour atteindre l&apos;ajustement du calcul de référence.</translation>
    </message>
    <message>
        <source>Three components: a good start</source>
        <translation>Trois composantes&#xa0;: un bon départ</translation>
    </message>
    <message>
        <source>150 points: a big group around 0 and two small ones near 4 and 6, fitted with three components sharing one σ. Started with a mean in each group, EM finds all three: the two small clusters get a component each (final log L ≈ −303.6). Then try the next preset, with the same data and a worse start.</source>
        <translation>150 points&#xa0;: un grand groupe autour de 0 et deux petits près de 4 et 6, ajustés avec trois composantes partageant un même σ. En partant avec une moyenne dans chaque groupe, EM trouve les trois&#xa0;: les deux petits amas reçoivent chacun une composante (log L final ≈ −303,6). Essayez ensuite le scénario suivant, avec les mêmes données et un moins bon départ.</translation>
    </message>
    <message>
        <source>Three components: a poor start</source>
        <translation>Trois composantes&#xa0;: un mauvais départ</translation>
    </message>
    <message>
        <source>The same 150 points, but two means start in the big group and one between the small ones. EM ends with two components on top of each other in the big group and one wide component covering both small clusters: a worse fit (log L ≈ −313.7 against −303.6) that EM cannot leave. In more general mixtures EM depends on where it starts: try several starts and keep the best.</source>
        <translation>Les mêmes 150 points, mais deux moyennes partent dans le grand groupe et une entre les petits. EM finit avec deux composantes superposées dans le grand groupe et une composante large couvrant les deux petits amas&#xa0;: un moins bon ajustement (log L ≈ −313,7 contre −303,6) dont EM ne peut pas sortir. Dans des mélanges plus généraux, EM dépend de son point de départ&#xa0;: essayez plusieurs départs et gardez le meilleur.</translation>
    </message>
    <message>
        <source>Free σ: a component collapses</source>
        <translation>σ libre&#xa0;: une composante s&apos;effondre</translation>
    </message>
    <message>
        <source>The reference sample, fitted with two components that each estimate their own σ, and the σ floor turned off. Component 1 starts narrow on the lowest point, which stands apart from the rest. Step: its σ shrinks towards 0 and the log likelihood shoots up. That is no better fit: the likelihood of a mixture with free variances has no maximum. With the floor back on (Setup), EM is held at σ = 1/1000 of the spread: the numbers stay finite, but the spike shows the pull is still there.</source>
        <translation>L&apos;échantillon de référence, ajusté avec deux composantes qui estiment chacune leur propre σ, et le plancher de σ désactivé. La composante 1 commence étroite sur le point le plus bas, à l&apos;écart des autres. Pas : son σ diminue vers 0 et la log-vraisemblance s&apos;envole. Ce n&apos;est pas un meilleur ajustement : la vraisemblance d&apos;un mélange à variances libres n&apos;a pas de maximum. Avec le plancher réactivé (Données), EM est retenu à σ = 1/1000 de la dispersion : les nombres restent finis, mais le pic montre que l&apos;attraction demeure.</translation>
    </message>
    <message>
        <source>Shared σ: a geyser&apos;s eruptions</source>
        <translation>σ commun&#xa0;: les éruptions d&apos;un geyser</translation>
    </message>
    <message>
        <source>272 simulated eruption lengths in minutes, like the famous Old Faithful data: short eruptions near 2 minutes and long ones near 4.3. The fixed variance of 1 would be far too wide here, so both components share one estimated σ. EM finds the two kinds of eruption in a few iterations, with σ ≈ 0.35 minutes.</source>
        <translation>272 durées d&apos;éruption simulées, en minutes, comme les célèbres données d&apos;Old Faithful&#xa0;: des éruptions courtes vers 2 minutes et des longues vers 4,3. La variance fixe de 1 serait bien trop large ici, donc les deux composantes partagent un même σ estimé. EM trouve les deux sortes d&apos;éruptions en quelques itérations, avec σ ≈ 0,35 minute.</translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <source>Sample: {n} = {count} from {k} components (means {means}), seed {seed}.</source>
        <extracomment>Wider than this, the explanation sits beside the list instead of under it. The widest the list asks to be for its titles, at 100 % (a long title of one&apos;s own scrolls).</extracomment>
        <translation>Échantillon&#xa0;: {n} = {count} issus de {k} composantes (moyennes {means}), graine {seed}.</translation>
    </message>
    <message>
        <source>Sample: {n} = {count}, separation {sep}, true {pi} = {true_pi}, seed {seed}.</source>
        <translation>Échantillon&#xa0;: {n} = {count}, écart {sep}, vrai {pi} = {true_pi}, graine {seed}.</translation>
    </message>
    <message>
        <source>Start: {values}</source>
        <translation>Départ&#xa0;: {values}</translation>
    </message>
    <message>
        <source>Model: {model}.&lt;br&gt;Start: means {means}</source>
        <translation>Modèle&#xa0;: {model}.&lt;br&gt;Départ&#xa0;: moyennes {means}</translation>
    </message>
    <message>
        <source> (no σ floor)</source>
        <translation> (sans plancher pour σ)</translation>
    </message>
    <message>
        <source>{sample}&lt;br&gt;{start}; tolerance {tol}</source>
        <translation>{sample}&lt;br&gt;{start}&#xa0;; tolérance {tol}</translation>
    </message>
    <message>
        <source>1 component, variances {form}</source>
        <translation>1 composante, variances {form}</translation>
    </message>
    <message>
        <source>{k} components, variances {form}</source>
        <translation>{k} composantes, variances {form}</translation>
    </message>
    <message>
        <source>Save current settings as a preset</source>
        <translation>Enregistrer les réglages actuels comme scénario</translation>
    </message>
    <message>
        <source>e.g. Tuesday&apos;s demo: overlapping groups</source>
        <translation>p. ex. Démo de mardi&#xa0;: groupes qui se chevauchent</translation>
    </message>
    <message>
        <source>What should students notice? (optional)</source>
        <translation>Que doivent remarquer les élèves&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explication&#xa0;:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Réglages&#xa0;:</translation>
    </message>
    <message>
        <source>Presets</source>
        <extracomment>A Preset to load: the window calls session.simulate_from(p.simulation, p.start) and session.set_tolerance(p.tol). The teacher&apos;s presets changed (saved or deleted); carries the new list of Presets.</extracomment>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Draw this sample and start EM from this preset&apos;s start values (or double-click the preset, or press Enter in the list)</source>
        <translation>Tirer cet échantillon et lancer EM depuis les valeurs de départ de ce scénario (ou double-cliquez sur le scénario, ou appuyez sur Entrée dans la liste)</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete this preset of your own (built-in presets stay)</source>
        <translation>Supprimer ce scénario personnel (les scénarios intégrés restent)</translation>
    </message>
    <message>
        <source>Only simulated data can be saved as a preset; these data came from a file.</source>
        <translation>Seules des données simulées peuvent être enregistrées comme scénario&#xa0;; ces données viennent d&apos;un fichier.</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Delete the preset “{title}”?</source>
        <translation>Supprimer le scénario «&#xa0;{title}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Your own preset</source>
        <translation>Votre propre scénario</translation>
    </message>
    <message>
        <source>Built-in preset</source>
        <translation>Scénario intégré</translation>
    </message>
    <message>
        <source>&lt;i&gt;No explanation was written.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune explication n&apos;a été écrite.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>; suggested: {n} steps</source>
        <translation>&#xa0;; conseillé&#xa0;: {n} pas</translation>
    </message>
    <message>
        <source> (your own preset)</source>
        <translation> (votre propre scénario)</translation>
    </message>
    <message>
        <source>Keep the current sample settings, start values and tolerance as a preset</source>
        <translation>Garder les réglages d&apos;échantillon, les valeurs de départ et la tolérance actuels comme scénario</translation>
    </message>
    <message>
        <source>Only simulated data can be saved as a preset</source>
        <translation>Seules des données simulées peuvent être enregistrées comme scénario</translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation>Impossible d&apos;enregistrer le scénario</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Iteration {n}</source>
        <translation>Itération {n}</translation>
    </message>
    <message>
        <source>Iteration {n} ({after})</source>
        <translation>Itération {n} ({after})</translation>
    </message>
    <message>
        <source>start values</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>after E-step</source>
        <translation>après E</translation>
    </message>
    <message>
        <source>after M-step</source>
        <translation>après M</translation>
    </message>
    <message>
        <source>Stopped on a saddle at iteration {n}</source>
        <translation>Arrêt sur un point selle à l&apos;itération {n}</translation>
    </message>
    <message>
        <source>Converged at iteration {n}</source>
        <translation>Convergence à l&apos;itération {n}</translation>
    </message>
    <message>
        <source>Not converged after {n} iterations</source>
        <translation>Pas de convergence après {n} itérations</translation>
    </message>
    <message>
        <source>Not converged yet</source>
        <translation>Pas encore de convergence</translation>
    </message>
    <message>
        <source>Play stopped: a component collapsed onto a point.</source>
        <translation>Lecture arrêtée&#xa0;: une composante s&apos;est effondrée sur un point.</translation>
    </message>
    <message>
        <source>Play stopped: EM stands still on a saddle.</source>
        <translation>Lecture arrêtée&#xa0;: EM reste immobile sur un point selle.</translation>
    </message>
    <message>
        <source>Play stopped: converged.</source>
        <translation>Lecture arrêtée&#xa0;: convergence atteinte.</translation>
    </message>
    <message>
        <source>Play stopped: limit of {n} iterations.</source>
        <translation>Lecture arrêtée&#xa0;: limite de {n} itérations.</translation>
    </message>
    <message>
        <source>The log likelihood rose by less than the tolerance {tol} in the last iteration.</source>
        <translation>La log-vraisemblance a augmenté de moins que la tolérance {tol} lors de la dernière itération.</translation>
    </message>
    <message>
        <source>EM did not converge within the maximum of {n} iterations; raise it under Stopping rule to go on.</source>
        <translation>EM n&apos;a pas convergé dans la limite de {n} itérations&#xa0;; augmentez-la sous Règle d&apos;arrêt pour continuer.</translation>
    </message>
    <message>
        <source>log L = {value}</source>
        <translation>log L = {value}</translation>
    </message>
    <message>
        <source>last increase {rise}</source>
        <translation>dernière hausse {rise}</translation>
    </message>
    <message>
        <source>The EM iteration shown (0 is the start values).</source>
        <translation>L&apos;itération EM affichée (0 correspond aux valeurs de départ).</translation>
    </message>
    <message>
        <source>Observed-data log likelihood at the parameters shown.</source>
        <translation>Log-vraisemblance des données observées pour les paramètres affichés.</translation>
    </message>
    <message>
        <source>How much the log likelihood rose in the last iteration (EM never lowers it).</source>
        <translation>De combien la log-vraisemblance a augmenté lors de la dernière itération (EM ne la fait jamais baisser).</translation>
    </message>
    <message>
        <source>Converged once a rise is smaller than the tolerance.</source>
        <translation>Convergence dès qu&apos;une hausse est inférieure à la tolérance.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Step {n} of {total}</source>
        <extracomment>Above this many stops the tick marks would merge into a grey bar, so none are drawn.</extracomment>
        <translation>Pas {n} sur {total}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>A timeline position (0 .. state.last_position) the user asked to see: wire to session.seek.</extracomment>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Drag, or use Left/Right, to show any recorded step</source>
        <translation>Faites glisser, ou utilisez Gauche/Droite, pour afficher n&apos;importe quel pas enregistré</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
</context>
<context>
    <name>TraceViews</name>
    <message>
        <source>EM iteration</source>
        <extracomment>The x axis first shows this many iterations and then grows by about a quarter at a time. Symbol pens and brushes are made once: pyqtgraph caches a symbol&apos;s picture under the identity of its pen and brush, so a colour given by name would render it anew every step. Traces show a dot per iteration up to this many iterations (then the dots merge anyway). Width of the left axes, fixed so that stacked plots line up.</extracomment>
        <translation>Itération</translation>
    </message>
    <message>
        <source>observed-data log likelihood</source>
        <translation>log-vraisemblance des données observées</translation>
    </message>
    <message>
        <source>log likelihood</source>
        <translation>log-vraisemblance</translation>
    </message>
    <message>
        <source>log L</source>
        <translation>log L</translation>
    </message>
    <message>
        <source>⚠ The log likelihood fell at iteration {where}. EM never lowers it, so this points to a bug or to lost precision.</source>
        <translation>⚠ La log-vraisemblance a baissé à l&apos;itération {where}. EM ne la fait jamais baisser&#xa0;: cela signale un bogue ou une perte de précision.</translation>
    </message>
    <message>
        <source>⚠ The log likelihood fell at iterations {where}. EM never lowers it, so this points to a bug or to lost precision.</source>
        <translation>⚠ La log-vraisemblance a baissé aux itérations {where}. EM ne la fait jamais baisser&#xa0;: cela signale un bogue ou une perte de précision.</translation>
    </message>
    <message>
        <source>log L = {value}</source>
        <translation>log L = {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log likelihood&lt;/b&gt;</source>
        <translation>&lt;b&gt;Log-vraisemblance&lt;/b&gt;</translation>
    </message>
    <message>
        <source>iteration {n}</source>
        <translation>itération {n}</translation>
    </message>
    <message>
        <source>, after the E-step</source>
        <translation>, après E</translation>
    </message>
    <message>
        <source>, after the M-step</source>
        <translation>, après M</translation>
    </message>
    <message>
        <source>✓ converged ​at iteration {n}</source>
        <translation>✓ convergence ​à l&apos;itération {n}</translation>
    </message>
    <message>
        <source>means μ₁, μ₂</source>
        <translation>moyennes μ₁, μ₂</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>means</source>
        <translation>moyennes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Paramètres&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{swatch} true values</source>
        <translation>{swatch} vraies valeurs</translation>
    </message>
</context>
<context>
    <name>TruthPanel</name>
    <message>
        <source>This count uses the responsibilities of the previous {theta} (the E-step of iteration {n}): the M-step has since moved the estimate to {now}, whose responsibilities come with the next E-step.</source>
        <extracomment>K components: the true component (0-based) matched to each fitted one.</extracomment>
        <translation>Ce décompte utilise les responsabilités du {theta} précédent (l&apos;étape E de l&apos;itération {n})&#xa0;: l&apos;étape M a depuis déplacé l&apos;estimation vers {now}, dont les responsabilités viendront avec la prochaine étape E.</translation>
    </message>
    <message>
        <source>This count uses the responsibilities of {theta}, the estimate in the table.</source>
        <translation>Ce décompte utilise les responsabilités de {theta}, l&apos;estimation du tableau.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>&lt;p&gt;These data came from {source}, not from the simulator, so the true parameters are unknown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ces données viennent de {source}, pas du simulateur&#xa0;: les vrais paramètres sont donc inconnus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Estimate {theta}</source>
        <translation>Estimation {theta}</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Vérité</translation>
    </message>
    <message>
        <source>&lt;p&gt;The data were drawn from {k} components; the model fits {fit}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les données ont été tirées de {k} composantes&#xa0;; le modèle en ajuste {fit}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The agreement with the true labels appears after the first E-step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La concordance avec les vraies étiquettes apparaît après la première étape E.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The most probable component is the true one for &lt;b&gt;{matched} of {n}&lt;/b&gt; points ({percent}%), with the components&apos; names matched in the best way: EM&apos;s numbers 1, 2, … carry no meaning, so any relabelling of the fit is just as good.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La composante la plus probable est la vraie pour &lt;b&gt;{matched} points sur {n}&lt;/b&gt; ({percent} %), les noms des composantes étant appariés au mieux&#xa0;: les numéros 1, 2, … d&apos;EM n&apos;ont pas de sens, donc tout renommage de l&apos;ajustement est aussi bon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;In the file&apos;s units{unit}:&lt;/b&gt; {mu1} = {v1}, {mu2} = {v2}, and each component&apos;s spread is {spread} (the model works on {model}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dans les unités du fichier{unit}&#xa0;:&lt;/b&gt; {mu1} = {v1}, {mu2} = {v2}, et la dispersion de chaque composante vaut {spread} (le modèle travaille sur {model}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Estimate&lt;br&gt;{theta}</source>
        <translation>Estimation&lt;br&gt;{theta}</translation>
    </message>
    <message>
        <source>Truth&lt;br&gt;&amp;nbsp;</source>
        <translation>Vérité&lt;br&gt;&amp;nbsp;</translation>
    </message>
    <message>
        <source>Truth with&lt;br&gt;1 and 2 exchanged</source>
        <translation>Vérité avec&lt;br&gt;1 et 2 échangés</translation>
    </message>
    <message>
        <source>&lt;p&gt;In this sample {drawn} of {n} points ({percent}%) were drawn from component 1; the true {pi} is the share expected in a very large sample.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans cet échantillon, {drawn} points sur {n} ({percent} %) ont été tirés de la composante 1&#xa0;; le vrai {pi} est la proportion attendue dans un très grand échantillon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The most probable component is the true one for &lt;b&gt;{matched} of {n}&lt;/b&gt; points ({percent}%).&lt;/p&gt;</source>
        <translation>&lt;p&gt;La composante la plus probable est la vraie pour &lt;b&gt;{matched} points sur {n}&lt;/b&gt; ({percent} %).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The labels are swapped:&lt;/b&gt; the fit calls the true component 1 “component 2” and the other way round. That is label switching: the names 1 and 2 carry no information, so the fit is just as good; compare with the last column.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Les étiquettes sont échangées&#xa0;:&lt;/b&gt; l&apos;ajustement appelle la vraie composante 1 «&#xa0;composante 2&#xa0;» et inversement. C&apos;est le changement d&apos;étiquettes (label switching)&#xa0;: les noms 1 et 2 ne portent aucune information, donc l&apos;ajustement est aussi bon&#xa0;; comparez avec la dernière colonne.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
