<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Actions</name>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>One EM iteration: E-step, then M-step</source>
        <translation>Uma iteração do EM: passo E e depois passo M</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>Run EM until it converges or reaches the maximum iterations</source>
        <translation>Rodar o EM até convergir ou atingir o máximo de iterações</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Go back one step through the history</source>
        <translation>Voltar um passo no histórico</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to the start values, same data</source>
        <translation>Voltar aos valores iniciais, com os mesmos dados</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Nova amostra</translation>
    </message>
    <message>
        <source>Draw a new sample with the next seed and start over</source>
        <translation>Sortear uma nova amostra com a próxima semente e recomeçar</translation>
    </message>
    <message>
        <source>Simulate K Components…</source>
        <translation>Simular K componentes…</translation>
    </message>
    <message>
        <source>Draw a sample from up to six components: a weight, a mean and a σ for each</source>
        <translation>Sortear uma amostra de até seis componentes: um peso, uma média e um σ para cada uma</translation>
    </message>
    <message>
        <source>Copy History as Text</source>
        <translation>Copiar histórico como texto</translation>
    </message>
    <message>
        <source>Copy the history table as tab-separated text, rounded as shown (it pastes into a spreadsheet); File &gt; Export &gt; History as CSV keeps every digit</source>
        <translation>Copiar a tabela do histórico como texto separado por tabulações, arredondado como exibido (pode ser colado numa planilha); Arquivo &gt; Exportar &gt; Histórico como CSV mantém todos os dígitos</translation>
    </message>
    <message>
        <source>Presentation Mode</source>
        <translation>Modo apresentação</translation>
    </message>
    <message>
        <source>Full screen for a projector: everything larger, only the run and its plots (Esc leaves)</source>
        <translation>Tela cheia para o projetor: tudo maior, só a execução e seus gráficos (Esc sai)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Sair do modo apresentação</translation>
    </message>
    <message>
        <source>Back to the window as it was before</source>
        <translation>Voltar à janela como estava antes</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Larger text, lines, marks and handles everywhere</source>
        <translation>Texto, linhas, pontos e alças maiores em toda parte</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Smaller text, lines, marks and handles everywhere</source>
        <translation>Texto, linhas, pontos e alças menores em toda parte</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Redefinir o zoom</translation>
    </message>
    <message>
        <source>Back to the normal size (100 %; 160 % in presentation mode)</source>
        <translation>Voltar ao tamanho normal (100 %; 160 % no modo apresentação)</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Black on white, thicker curves, no light greys: for a washed-out projector</source>
        <translation>Preto no branco, curvas mais grossas, sem cinzas claros: para um projetor desbotado</translation>
    </message>
    <message>
        <source>Why EM Climbs</source>
        <translation>Por que o EM sobe</translation>
    </message>
    <message>
        <source>The likelihood landscape, the lower bound and many starts, in place of the run&apos;s plots</source>
        <translation>A paisagem da verossimilhança, o limite inferior e muitos inícios, no lugar dos gráficos da execução</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Close EM Explorer</source>
        <translation>Fechar o EM Explorer</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Listar os atalhos de teclado</translation>
    </message>
    <message>
        <source>About EM Explorer</source>
        <translation>Sobre o EM Explorer</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versão e licença</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizar</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xecução</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
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
        <translation>Passo ({half})</translation>
    </message>
    <message>
        <source>the E-step: new responsibilities</source>
        <translation>o passo E: novas responsabilidades</translation>
    </message>
    <message>
        <source>the M-step: new π, μ₁, μ₂</source>
        <translation>o passo M: novos π, μ₁, μ₂</translation>
    </message>
    <message>
        <source>Next half step, {what} ({keys})</source>
        <translation>Próximo meio passo, {what} ({keys})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause the run ({keys})</source>
        <translation>Pausar a execução ({keys})</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>While you type in a number box, the arrow keys and letters edit the number; click the plot to use them for the run again. Tab moves from control to control (a thick frame shows where): on the data plot the arrows, Home and End choose a point, on the timeline they move through the run, and Space ticks a check box.</source>
        <translation>Enquanto você digita em um campo numérico, as setas e as letras editam o número; clique no gráfico para usá-las de novo na execução. Tab passa de um controle a outro (uma moldura grossa mostra onde): no gráfico dos dados as setas, Home e End escolhem um ponto, na linha do tempo percorrem a execução, e Espaço marca uma caixa.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Watch the Expectation-Maximization algorithm fit a mixture of two normal distributions with variance 1, one E-step and one M-step at a time. The log likelihood never decreases.&lt;/p&gt;&lt;p&gt;Colours: Okabe-Ito blue (component 1) and orange (component 2), distinguishable with common colour-vision deficiencies.&lt;/p&gt;&lt;p&gt;MIT licence. Works offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Veja o algoritmo de Esperança-Maximização (EM) ajustar uma mistura de duas distribuições normais com variância 1, um passo E e um passo M de cada vez. A log-verossimilhança nunca diminui.&lt;/p&gt;&lt;p&gt;Cores: azul (componente 1) e laranja (componente 2) de Okabe-Ito, distinguíveis com as deficiências comuns de visão de cores.&lt;/p&gt;&lt;p&gt;Licença MIT. Funciona sem internet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>components {i} and {j} both have mean {mean} and σ {sd}</source>
        <extracomment>The kind of point EM cannot leave (the core decides; the banner only words it).</extracomment>
        <translation>os componentes {i} e {j} têm ambos média {mean} e σ {sd}</translation>
    </message>
    <message>
        <source>&lt;b&gt;EM stopped at iteration {n} with two components the same&lt;/b&gt; ({same}). EM can never separate components with equal parameters: every point gives them the same responsibility, so they move as one. Start their means apart, then Reset.</source>
        <translation>&lt;b&gt;O EM parou na iteração {n} com dois componentes iguais&lt;/b&gt; ({same}). O EM nunca consegue separar componentes com parâmetros iguais: cada ponto dá a eles a mesma responsabilidade, então eles se movem juntos. Comece com as médias separadas e depois reinicie.</translation>
    </message>
    <message>
        <source>both means are {mean}</source>
        <translation>as duas médias valem {mean}</translation>
    </message>
    <message>
        <source>component {k} has weight 0, so the fit is a single normal curve</source>
        <translation>o componente {k} tem peso 0, então o ajuste é uma única curva normal</translation>
    </message>
    <message>
        <source>&lt;b&gt;EM stopped at iteration {n} where the two components are the same&lt;/b&gt; ({same}). This is a saddle of the likelihood, not the best fit: it is a fixed point of EM, so every further step gives the same values. Try start values with μ₁ ≠ μ₂, e.g. one mean on each side of the data, then Reset.</source>
        <translation>&lt;b&gt;O EM parou na iteração {n}, onde os dois componentes são iguais&lt;/b&gt; ({same}). Isto é um ponto de sela da verossimilhança, não o melhor ajuste: é um ponto fixo do EM, então cada passo seguinte dá os mesmos valores. Tente valores iniciais com μ₁ ≠ μ₂, por exemplo uma média de cada lado dos dados, e depois reinicie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged after 1 iteration&lt;/b&gt; (increase below tol = {tol}). Play stops here; Step still goes on.</source>
        <translation>&lt;b&gt;Convergiu após 1 iteração&lt;/b&gt; (aumento abaixo de tol = {tol}). A execução para aqui; Passo continua avançando.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Converged after {k} iterations&lt;/b&gt; (increase below tol = {tol}). Play stops here; Step still goes on.</source>
        <translation>&lt;b&gt;Convergiu após {k} iterações&lt;/b&gt; (aumento abaixo de tol = {tol}). A execução para aqui; Passo continua avançando.</translation>
    </message>
    <message>
        <source> and later</source>
        <translation> e depois</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log likelihood fell&lt;/b&gt; at iterations {where}. EM never lowers it, so this points to a numerical problem, not to the data.</source>
        <translation>&lt;b&gt;A log-verossimilhança caiu&lt;/b&gt; nas iterações {where}. O EM nunca a diminui, então isto indica um problema numérico, não dos dados.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log likelihood fell&lt;/b&gt; at iteration {where}. EM never lowers it, so this points to a numerical problem, not to the data.</source>
        <translation>&lt;b&gt;A log-verossimilhança caiu&lt;/b&gt; na iteração {where}. O EM nunca a diminui, então isto indica um problema numérico, não dos dados.</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>The tolerance must be a number such as 1e-6, not “{text}”.</source>
        <translation>A tolerância deve ser um número como 1e-6, não “{text}”.</translation>
    </message>
    <message>
        <source>The tolerance must lie between {low} and {high}, not “{text}”.</source>
        <translation>A tolerância deve estar entre {low} e {high}, não “{text}”.</translation>
    </message>
    <message>
        <source>Number of points to simulate (1 to {max}).</source>
        <extracomment>A new simulated sample was asked for (a validated-looking Simulation; the session checks). New start parameters (a Mixture) were asked for. Another model (a mixture.Model: K, the variance form, the sigma floor) was asked for. A sentence describing an impossible value the user typed (nothing was changed).</extracomment>
        <translation>Número de pontos a simular (1 a {max}).</translation>
    </message>
    <message>
        <source> points</source>
        <translation> pontos</translation>
    </message>
    <message>
        <source>Distance between the true means: component 1 sits at −sep/2, component 2 at +sep/2 (both with variance 1).</source>
        <translation>Distância entre as médias verdadeiras: o componente 1 fica em −sep/2 e o componente 2 em +sep/2 (ambos com variância 1).</translation>
    </message>
    <message>
        <source>True share of points drawn from component 1 (blue).</source>
        <translation>Proporção verdadeira de pontos sorteados do componente 1 (azul).</translation>
    </message>
    <message>
        <source>Random seed: the same seed always draws the same sample.</source>
        <translation>Semente aleatória: a mesma semente sempre sorteia a mesma amostra.</translation>
    </message>
    <message>
        <source>New sample</source>
        <translation>Nova amostra</translation>
    </message>
    <message>
        <source>Draw a new sample with the next seed and start over.</source>
        <translation>Sortear uma nova amostra com a próxima semente e recomeçar.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separação</translation>
    </message>
    <message>
        <source>True π</source>
        <translation>π verdadeiro</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Number of components K (1 to {max}). Changing it starts over with the means at the data&apos;s quantiles.</source>
        <translation>Número de componentes K (1 a {max}). Mudá-lo recomeça, com as médias nos quantis dos dados.</translation>
    </message>
    <message>
        <source>Fixed at 1: the course&apos;s model. Shared: one σ for every component, estimated. Each its own: one σ per component, estimated (the likelihood then has no maximum: a component can shrink onto one point).</source>
        <translation>Fixa em 1: o modelo do curso. Comum: um único σ para todos os componentes, estimado. Própria de cada um: um σ por componente, estimado (a verossimilhança então não tem máximo: um componente pode encolher sobre um ponto).</translation>
    </message>
    <message>
        <source>Floor on σ (1/1000 of spread)</source>
        <translation>Piso de σ (dispersão/1000)</translation>
    </message>
    <message>
        <source>A floor on σ. Off, a component can collapse onto a single point: σ goes to 0 and the log likelihood grows without bound. Turn it off to show that.</source>
        <translation>Um piso para σ. Sem ele, um componente pode colapsar sobre um único ponto: σ vai a 0 e a log-verossimilhança cresce sem limite. Desative-o para mostrar isso.</translation>
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
        <translation>Variâncias</translation>
    </message>
    <message>
        <source>Start value of π = P(Z = 1), the weight of component 1.</source>
        <translation>Valor inicial de π = P(Z = 1), o peso do componente 1.</translation>
    </message>
    <message>
        <source>Start value of μ₁ (blue). You can also drag the blue marker at step 0.</source>
        <translation>Valor inicial de μ₁ (azul). Você também pode arrastar o marcador azul no passo 0.</translation>
    </message>
    <message>
        <source>Start value of μ₂ (orange). You can also drag the orange marker at step 0.</source>
        <translation>Valor inicial de μ₂ (laranja). Você também pode arrastar o marcador laranja no passo 0.</translation>
    </message>
    <message>
        <source>Start value of μ{k}. You can also drag its marker at step 0.</source>
        <translation>Valor inicial de μ{k}. Você também pode arrastar o marcador dele no passo 0.</translation>
    </message>
    <message>
        <source>Start value of σ for every component. At step 0 you can also drag a component&apos;s dotted σ handle.</source>
        <translation>Valor inicial de σ para todos os componentes. No passo 0 você também pode arrastar a alça pontilhada de σ de um componente.</translation>
    </message>
    <message>
        <source>Weights start equal, 1/K each.</source>
        <translation>Os pesos começam iguais, 1/K cada.</translation>
    </message>
    <message>
        <source>Start values</source>
        <translation>Valores iniciais</translation>
    </message>
    <message>
        <source>Converged when the log likelihood rises by less than this. Type a number such as 1e-6; the arrows multiply or divide by 10.</source>
        <translation>Converge quando a log-verossimilhança sobe menos que este valor. Digite um número como 1e-6; as setas multiplicam ou dividem por 10.</translation>
    </message>
    <message>
        <source>Play stops after this many iterations even if not converged.</source>
        <translation>A execução para após este número de iterações, mesmo sem convergir.</translation>
    </message>
    <message>
        <source>Stopping rule</source>
        <translation>Regra de parada</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>Max iterations</source>
        <translation>Máx. iterações</translation>
    </message>
    <message>
        <source>Play speed, in EM iterations a second (1 to 30).</source>
        <translation>Velocidade de execução, em iterações do EM por segundo (1 a 30).</translation>
    </message>
    <message>
        <source>{value} it/s</source>
        <translation>{value} it./s</translation>
    </message>
    <message>
        <source>Smooth motion</source>
        <translation>Movimento suave</translation>
    </message>
    <message>
        <source>Glide the curves from one step to the next instead of jumping.</source>
        <translation>Deslizar as curvas de um passo para o seguinte em vez de pular.</translation>
    </message>
    <message>
        <source>Half steps (E and M separately)</source>
        <translation>Meios passos (E e M separados)</translation>
    </message>
    <message>
        <source>Step shows the E-step (new colours) and the M-step (new curves) one at a time.</source>
        <translation>Passo mostra o passo E (novas cores) e o passo M (novas curvas) um de cada vez.</translation>
    </message>
    <message>
        <source>Show the truth</source>
        <translation>Mostrar a verdade</translation>
    </message>
    <message>
        <source>For simulated data: draw the true mixture (dashed) and sort the marks into two rows, circles for points drawn from component 1 and triangles for component 2.</source>
        <translation>Para dados simulados: desenhar a mistura verdadeira (tracejada) e separar as marcas em duas linhas, círculos para pontos sorteados do componente 1 e triângulos para o componente 2.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Data from {source}. Press New sample to simulate data instead.</source>
        <translation>Dados de {source}. Clique em Nova amostra para simular dados em vez disso.</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <source>Data and fitted densities</source>
        <extracomment>At most this many observations get their own mark; larger samples show a fixed random subset. Seed of that subset, so the same data always show the same marks. Bins of the responsibility strip shown when n &gt; SAMPLE_MAX. Colour steps of the marks: enough to look continuous, few enough to cache the symbols. Index of the neutral grey brush (marks before the first E-step) for two components. Opacity steps of a mark for three or more components (colour: its most likely component). Points of the x grid on which the curves are evaluated (it spans the visible x range): about one every 4 pixels on a 1280-wide window, where a chord of a density curve strays from it by well under a pixel; more would only cost drawing time at every frame. A click or hover finds the nearest mark within this many pixels. Where a narrow component gets its own points, in sigmas from its mean. Subscript digits for component names. The y range grows for a tall curve up to this many times the histogram&apos;s peak. The start the user chose by dragging means or sigma handles (a Mixture).</extracomment>
        <translation>Dados e densidades ajustadas</translation>
    </message>
    <message>
        <source>density</source>
        <translation>densidade</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dados</translation>
    </message>
    <message>
        <source>mixture</source>
        <translation>mistura</translation>
    </message>
    <message>
        <source>true mixture</source>
        <translation>mistura verdadeira</translation>
    </message>
    <message>
        <source>marks: r = P(Z=1 | x) from 0 {ramp} 1</source>
        <translation>marcas: r = P(Z=1 | x) de 0 {ramp} 1</translation>
    </message>
    <message>
        <source>marks: colour of the most likely component, faint where it is unsure</source>
        <translation>marcas: cor do componente mais provável, clara onde há incerteza</translation>
    </message>
    <message>
        <source>, ● true Z = 1, ▲ true Z = 2</source>
        <translation>, ● Z verdadeiro = 1, ▲ Z verdadeiro = 2</translation>
    </message>
    <message>
        <source> (a random {shown} of {n} points)</source>
        <translation> ({shown} pontos ao acaso de {n})</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Data files (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>Arquivos de dados (*.txt *.csv *.tsv *.dat);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The column chosen last for each data file with several (file path -&gt; column name).</extracomment>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>&amp;Open Data…</source>
        <extracomment>The File menu, in order; None is a separator. Shortcuts follow each platform&apos;s conventions.</extracomment>
        <translation>&amp;Abrir dados…</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Abrir &amp;sessão…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>&amp;Salvar sessão</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Salvar sessão &amp;como…</translation>
    </message>
    <message>
        <source>&amp;History as CSV…</source>
        <extracomment>File &gt; Export, in order (the views&apos; pictures go between the CSV files and the window).</extracomment>
        <translation>&amp;Histórico como CSV…</translation>
    </message>
    <message>
        <source>&amp;Responsibilities as CSV…</source>
        <translation>&amp;Responsabilidades como CSV…</translation>
    </message>
    <message>
        <source>Whole &amp;Window as Picture…</source>
        <translation>&amp;Janela inteira como imagem…</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <extracomment>A short sentence for the status bar after a command succeeded. Unsaved changes appeared (True) or were saved or opened (False). The session file changed (its path, or &apos;&apos; for an untitled session). A session was opened with this speed (iterations a second) and preset key (&apos;&apos; for none). What a reopened session had on screen besides the run (see SessionDocument.view). Says what is on screen besides the run, for a session file (set by the window).</extracomment>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before {doing}?</source>
        <translation>Salvar as alterações em “{name}” antes de {doing}?</translation>
    </message>
    <message>
        <source>Without saving, the run and its history are lost.</source>
        <translation>Sem salvar, a execução e seu histórico são perdidos.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
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
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>fechar</translation>
    </message>
    <message>
        <source>Open Data</source>
        <translation>Abrir dados</translation>
    </message>
    <message>
        <source>opening other data</source>
        <translation>abrir outros dados</translation>
    </message>
    <message>
        <source> (read as {encoding} text)</source>
        <translation> (lido como texto {encoding})</translation>
    </message>
    <message>
        <source>Opened {source}: {n} values{read_as}.</source>
        <translation>{source} aberto: {n} valores{read_as}.</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Abrir sessão</translation>
    </message>
    <message>
        <source>opening another session</source>
        <translation>abrir outra sessão</translation>
    </message>
    <message>
        <source>Recomputing the run of {name}…</source>
        <translation>Recalculando a execução de {name}…</translation>
    </message>
    <message>
        <source>Opening {name} was cancelled; nothing was changed.</source>
        <translation>A abertura de {name} foi cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Opened the session {name}.</source>
        <translation>Sessão {name} aberta.</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Salvar sessão como</translation>
    </message>
    <message>
        <source>Saved the session as {name}.</source>
        <translation>Sessão salva como {name}.</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <source>History saved to</source>
        <translation>Histórico salvo em</translation>
    </message>
    <message>
        <source>Export Responsibilities</source>
        <translation>Exportar responsabilidades</translation>
    </message>
    <message>
        <source>There are no responsibilities yet: take the first E-step, then export</source>
        <translation>Ainda não há responsabilidades: dê o primeiro passo E e depois exporte</translation>
    </message>
    <message>
        <source>Responsibilities saved to</source>
        <translation>Responsabilidades salvas em</translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>Exportar imagem</translation>
    </message>
    <message>
        <source>Picture saved to</source>
        <translation>Imagem salva em</translation>
    </message>
    <message>
        <source>Export Window</source>
        <translation>Exportar janela</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source> (not found)</source>
        <translation> (não encontrado)</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Limpar menu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>{view} as Picture…</source>
        <translation>{view} como imagem…</translation>
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
        <translation>passo</translation>
    </message>
    <message>
        <source>log L</source>
        <translation>log L</translation>
    </message>
    <message>
        <source>EM iteration</source>
        <translation>Iteração do EM</translation>
    </message>
    <message>
        <source>π: the weight of component 1</source>
        <translation>π: o peso do componente 1</translation>
    </message>
    <message>
        <source>μ₁: the mean of component 1</source>
        <translation>μ₁: a média do componente 1</translation>
    </message>
    <message>
        <source>μ₂: the mean of component 2</source>
        <translation>μ₂: a média do componente 2</translation>
    </message>
    <message>
        <source>log L: the observed-data log likelihood at these parameters (never decreases)</source>
        <translation>log L: a log-verossimilhança dos dados observados nestes parâmetros (nunca diminui)</translation>
    </message>
    <message>
        <source>{w}: the weight of component {k}</source>
        <extracomment>From this magnitude on a value is shown in scientific notation (its fixed form is too wide). Widest texts expected in the fixed-width columns (a step, a parameter in bold); the log likelihood takes the rest, so on a narrow screen it is the column that gives way. The log likelihood&apos;s column, and the widest text it must show whole (see cell_text). A light tint of the current-iteration colour, dark text on it stays readable. (what, component) per column: what is &quot;step&quot;, &quot;loglik&quot;, &quot;w&quot;, &quot;mu&quot; or &quot;sd&quot;.</extracomment>
        <translation>{w}: o peso do componente {k}</translation>
    </message>
    <message>
        <source>{mu}: the mean of component {k}</source>
        <translation>{mu}: a média do componente {k}</translation>
    </message>
    <message>
        <source>σ: the standard deviation every component shares</source>
        <translation>σ: o desvio padrão comum a todos os componentes</translation>
    </message>
    <message>
        <source>{sd}: the standard deviation of component {k}</source>
        <translation>{sd}: o desvio padrão do componente {k}</translation>
    </message>
</context>
<context>
    <name>MStepPanel</name>
    <message>
        <source>&lt;p&gt;No responsibilities yet. The M-step averages the points weighted by their responsibilities, so it needs an E-step first: press Step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ainda não há responsabilidades. O passo M calcula a média dos pontos ponderados por suas responsabilidades, então precisa primeiro de um passo E: clique em Passo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The M-step of iteration {n} used the responsibilities of its E-step and gave the {theta} now shown:</source>
        <translation>O passo M da iteração {n} usou as responsabilidades do seu passo E e deu o {theta} mostrado agora:</translation>
    </message>
    <message>
        <source>Responsibilities of iteration {n}. The next M-step turns them into {theta}:</source>
        <translation>Responsabilidades da iteração {n}. O próximo passo M as transforma em {theta}:</translation>
    </message>
    <message>
        <source>; the squares are about the new means {mu}.</source>
        <translation>; os quadrados são em torno das novas médias {mu}.</translation>
    </message>
    <message>
        <source>no weight at all, so</source>
        <translation>nenhum peso, então</translation>
    </message>
    <message>
        <source>{value} (unchanged)</source>
        <translation>{value} (inalterado)</translation>
    </message>
    <message>
        <source>One σ for all components: the squared distances of every component are pooled and divided by n.</source>
        <translation>Um único σ para todos os componentes: as distâncias ao quadrado de todos os componentes são somadas e divididas por n.</translation>
    </message>
    <message>
        <source>Every point counts for each component in proportion to its responsibility {r}; a point&apos;s responsibilities add up to 1.</source>
        <translation>Cada ponto conta para cada componente em proporção à sua responsabilidade {r}; as responsabilidades de um ponto somam 1.</translation>
    </message>
    <message>
        <source>{s1} is how many points&apos; worth of weight {swatch1} component 1 gets, and {s2} is {swatch2} component 2&apos;s share; together they make {n}.</source>
        <translation>{s1} é quantos pontos de peso {swatch1} o componente 1 recebe, e {s2} é a parte de {swatch2} o componente 2; juntos eles somam {n}.</translation>
    </message>
    <message>
        <source>A point with {r} = 0.8 counts as 0.8 of a point for component 1 and 0.2 of a point for component 2.</source>
        <translation>Um ponto com {r} = 0,8 conta como 0,8 de ponto para o componente 1 e 0,2 de ponto para o componente 2.</translation>
    </message>
    <message>
        <source>Each new parameter is a division of these sums:</source>
        <translation>Cada novo parâmetro é um quociente destas somas:</translation>
    </message>
    <message>
        <source>{value} (held at the floor)</source>
        <translation>{value} (mantido no piso)</translation>
    </message>
    <message>
        <source>{value} (collapsed onto a point)</source>
        <translation>{value} (colapsado sobre um ponto)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Run</source>
        <extracomment>On a screen larger than DEFAULT_SIZE the first window takes this share of it (a projector at 1920x1080 gets a window of 1728x972, not a 1280x800 one in a corner). Glide time as a share of the time between two steps, and its ceiling, in milliseconds. Width of the side column once explanation panels share it with the inputs (formulas need it), and the largest share of the window it may take. Width the history table needs for its five columns at the projector font size, and the most it gets at first (wider, its last column only stretches; the rest goes to the trace plots). Keys that choose another point while the data plot has the keyboard focus. The one group of inputs presentation mode keeps in the side column. Emitted once, when the window first paints (start-up time is measured to it). Emitted when another language rebuilt the window: the new window (see set_language).</extracomment>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Data, start values, stopping rule and playback</source>
        <translation>Dados, valores iniciais, regra de parada e execução</translation>
    </message>
    <message>
        <source>Log L</source>
        <translation>Log L</translation>
    </message>
    <message>
        <source>The log likelihood against the EM iteration</source>
        <translation>A log-verossimilhança em função da iteração do EM</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Ponto</translation>
    </message>
    <message>
        <source>M-step</source>
        <translation>Passo M</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Data Plot</source>
        <translation>Gráfico dos dados</translation>
    </message>
    <message>
        <source>Log-likelihood Plot</source>
        <translation>Gráfico da log-verossimilhança</translation>
    </message>
    <message>
        <source>Parameter Plot</source>
        <translation>Gráfico dos parâmetros</translation>
    </message>
    <message>
        <source>History copied to the clipboard as text.</source>
        <translation>Histórico copiado para a área de transferência como texto.</translation>
    </message>
</context>
<context>
    <name>Mixture</name>
    <message>
        <source>fixed at 1</source>
        <extracomment>The variance forms: fixed at 1 (the seed&apos;s), one shared sigma, one sigma per component.</extracomment>
        <translation>fixas em 1</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>comuns</translation>
    </message>
    <message>
        <source>each its own</source>
        <translation>próprias de cada um</translation>
    </message>
</context>
<context>
    <name>OpenData</name>
    <message>
        <source>Open Data</source>
        <extracomment>Columns of the file shown in the preview table (a wide file&apos;s first ones). Rows of the file shown in the preview table. The largest share of the screen&apos;s height the dialog takes; a taller body scrolls. Bins of the small histogram of the values on the new scale (Rice&apos;s rule, within these bounds).</extracomment>
        <translation>Abrir dados</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 linha</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} linhas</translation>
    </message>
    <message>
        <source>{rows}, 1 numeric column</source>
        <translation>{rows}, 1 coluna numérica</translation>
    </message>
    <message>
        <source>{rows}, {k} numeric columns</source>
        <translation>{rows}, {k} colunas numéricas</translation>
    </message>
    <message>
        <source>; 1 blank or comment line skipped</source>
        <translation>; 1 linha vazia ou de comentário ignorada</translation>
    </message>
    <message>
        <source>; {n} blank or comment lines skipped</source>
        <translation>; {n} linhas vazias ou de comentário ignoradas</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Coluna:</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersão</translation>
    </message>
    <message>
        <source>Put the data on the model’s scale</source>
        <translation>Colocar os dados na escala do modelo</translation>
    </message>
    <message>
        <source>The model fixes the variance of each component at 1, so one unit should be the spread within a component.</source>
        <translation>Variância de cada componente fixa em 1: uma unidade deve ser a dispersão de um componente.</translation>
    </message>
    <message>
        <source>&amp;Divide every value by</source>
        <translation>&amp;Dividir por</translation>
    </message>
    <message>
        <source>Use &amp;estimate</source>
        <translation>Usar a &amp;estimativa</translation>
    </message>
    <message>
        <source>On the new scale</source>
        <translation>Na nova escala</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>The first {n} rows of the file</source>
        <translation>As primeiras {n} linhas do arquivo</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>value on the new scale</source>
        <translation>valor na nova escala</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 unidade</translation>
    </message>
    <message>
        <source>Spread of “{column}”</source>
        <translation>Dispersão de “{column}”</translation>
    </message>
    <message>
        <source>mean {mean}    sd {sd}    range {low} to {high}</source>
        <translation>média {mean}    d.p. {sd}    de {low} a {high}</translation>
    </message>
    <message>
        <source>Every value is the same, so there is no spread to scale.</source>
        <translation>Todos os valores são iguais, então não há dispersão para escalar.</translation>
    </message>
    <message>
        <source>Estimated spread within a component: {value} (a fit of two groups that share one spread).</source>
        <translation>Dispersão estimada num componente: {value} (dois grupos com dispersão comum).</translation>
    </message>
    <message>
        <source>&amp;Subtract the mean ({mean})</source>
        <translation>&amp;Subtrair a média ({mean})</translation>
    </message>
    <message>
        <source>Dividing by so small a number makes values infinite.</source>
        <translation>Dividir por um número tão pequeno torna os valores infinitos.</translation>
    </message>
</context>
<context>
    <name>PointPanel</name>
    <message>
        <source>Click a point in the data plot, or choose its number above, to see how the E-step computes its responsibility.</source>
        <extracomment>Space under each line of the worked formula, so stacked fractions never touch.</extracomment>
        <translation>Clique num ponto do gráfico dos dados, ou escolha o número dele acima, para ver como o passo E calcula a sua responsabilidade.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>The selected point changed (0-based index, or None): the data view may highlight it. The &quot;follow the mouse&quot; box was toggled: the data view may start or stop reporting hovers.</extracomment>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Point number</source>
        <translation>Número do ponto</translation>
    </message>
    <message>
        <source>The number i of the observation to inspect (1 to n)</source>
        <translation>O número i da observação a examinar (1 a n)</translation>
    </message>
    <message>
        <source>Most uncertain</source>
        <translation>Mais incerto</translation>
    </message>
    <message>
        <source>Pick the point whose responsibility is closest to ½</source>
        <translation>Escolher o ponto cuja responsabilidade está mais perto de ½</translation>
    </message>
    <message>
        <source>Follow the mouse</source>
        <translation>Seguir o mouse</translation>
    </message>
    <message>
        <source>Inspect the point under the mouse instead of the clicked one</source>
        <translation>Examinar o ponto sob o mouse em vez do ponto clicado</translation>
    </message>
    <message>
        <source>Point &amp;i:</source>
        <translation>Ponto &amp;i:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point {i} = {n}&lt;/b&gt;, {x} = {value}</source>
        <translation>&lt;b&gt;Ponto {i} = {n}&lt;/b&gt;, {x} = {value}</translation>
    </message>
    <message>
        <source>the file&apos;s units</source>
        <translation>as unidades do arquivo</translation>
    </message>
    <message>
        <source> &amp;nbsp;({value} in {unit})</source>
        <translation> &amp;nbsp;({value} em {unit})</translation>
    </message>
    <message>
        <source> &amp;nbsp;(drawn from {swatch} component {k})</source>
        <translation> &amp;nbsp;(sorteado de {swatch} componente {k})</translation>
    </message>
    <message>
        <source>No E-step yet. The first E-step, at {theta}, will compute:</source>
        <translation>Ainda não há passo E. O primeiro passo E, em {theta}, vai calcular:</translation>
    </message>
    <message>
        <source>The colours still come from the E-step of iteration {n}, at {theta}; the M-step has since moved the curves.</source>
        <translation>As cores ainda vêm do passo E da iteração {n}, em {theta}; desde então o passo M moveu as curvas.</translation>
    </message>
    <message>
        <source>E-step of iteration {n}, at {theta}:</source>
        <translation>Passo E da iteração {n}, em {theta}:</translation>
    </message>
    <message>
        <source>The denominator, {sum} = {terms} = {total}</source>
        <translation>O denominador, {sum} = {terms} = {total}</translation>
    </message>
    <message>
        <source>So point {i} most likely belongs to {swatch} component {k}, with probability &lt;b&gt;{p}&lt;/b&gt;; the responsibilities of a point always add up to 1.</source>
        <translation>Então o ponto {i} pertence mais provavelmente a {swatch} componente {k}, com probabilidade &lt;b&gt;{p}&lt;/b&gt;; as responsabilidades de um ponto sempre somam 1.</translation>
    </message>
    <message>
        <source>where</source>
        <translation>onde</translation>
    </message>
    <message>
        <source>φ is the normal density:</source>
        <translation>φ é a densidade normal:</translation>
    </message>
    <message>
        <source>So point {i} belongs to {swatch1} component 1 with probability &lt;b&gt;{r}&lt;/b&gt; and to {swatch2} component 2 with probability &lt;b&gt;{s}&lt;/b&gt;.</source>
        <translation>Então o ponto {i} pertence a {swatch1} componente 1 com probabilidade &lt;b&gt;{r}&lt;/b&gt; e a {swatch2} componente 2 com probabilidade &lt;b&gt;{s}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>φ is the normal density with variance 1:</source>
        <translation>φ é a densidade normal com variância 1:</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>The seed&apos;s reference run</source>
        <extracomment>Keys of teachers&apos; own presets start with this, so they never clash with a built-in key. The model fitted: the seed&apos;s two unit-variance components unless said otherwise.</extracomment>
        <translation>Execução de referência do script</translation>
    </message>
    <message>
        <source>80 points from two bell curves 2.4 apart, started at π = 0.5, μ₁ = −0.5, μ₂ = 0.5. Step 8 times and compare the history with the original script&apos;s printout: the numbers agree to every digit shown. Keep stepping to watch it converge.</source>
        <translation>80 pontos de duas curvas em sino separadas por 2,4, começando em π = 0,5, μ₁ = −0,5, μ₂ = 0,5. Dê 8 passos e compare o histórico com a saída do script original: os números coincidem em cada dígito mostrado. Continue avançando para ver a convergência.</translation>
    </message>
    <message>
        <source>Well separated</source>
        <translation>Bem separados</translation>
    </message>
    <message>
        <source>The same kind of sample, but the two groups are 6 apart instead of 2.4. After a few iterations almost every responsibility is close to 0 or 1: each point clearly belongs to one component, and EM behaves like sorting the points into two groups and averaging each group. It converges in a handful of iterations.</source>
        <translation>O mesmo tipo de amostra, mas os dois grupos estão a 6 de distância em vez de 2,4. Depois de poucas iterações quase toda responsabilidade fica perto de 0 ou de 1: cada ponto pertence claramente a um componente, e o EM se comporta como se separasse os pontos em dois grupos e calculasse a média de cada grupo. Converge em poucas iterações.</translation>
    </message>
    <message>
        <source>Reduced separation</source>
        <translation>Separação reduzida</translation>
    </message>
    <message>
        <source>The groups are only 1.5 apart, so they overlap heavily. Many points keep responsibilities far from 0 and 1 (soft assignments), so each mean is pulled by points of both groups. The means creep apart slowly: EM needs over a hundred iterations to converge.</source>
        <translation>Os grupos estão a apenas 1,5 de distância, então se sobrepõem bastante. Muitos pontos mantêm responsabilidades longe de 0 e 1 (atribuições suaves), então cada média é puxada por pontos dos dois grupos. As médias se afastam devagar: o EM precisa de mais de cem iterações para convergir.</translation>
    </message>
    <message>
        <source>Change the seed</source>
        <translation>Mudar a semente</translation>
    </message>
    <message>
        <source>The same truth as the reference run (π = 0.45, means ±1.2), but a different random sample: seed 2024 instead of 531. The fit lands somewhere else (π ≈ 0.39 instead of 0.31), because the estimate depends on the sample drawn, not only on the truth.</source>
        <translation>A mesma verdade da execução de referência (π = 0,45, médias ±1,2), mas outra amostra aleatória: semente 2024 em vez de 531. O ajuste cai em outro lugar (π ≈ 0,39 em vez de 0,31), porque a estimativa depende da amostra sorteada, não só da verdade.</translation>
    </message>
    <message>
        <source>Symmetric start (μ₁ = μ₂)</source>
        <translation>Início simétrico (μ₁ = μ₂)</translation>
    </message>
    <message>
        <source>Both components start at the same mean, 0. Then every point gets the same responsibility, both means move to the same weighted average, and they stay equal: EM cannot separate the components from a symmetric start, because nothing in the data tells one component from the other. The log likelihood stops rising at once: EM stands on a saddle point, not at the best fit, and stays there for ever.</source>
        <translation>Os dois componentes começam na mesma média, 0. Então cada ponto recebe a mesma responsabilidade, as duas médias vão para a mesma média ponderada e continuam iguais: o EM não consegue separar os componentes a partir de um início simétrico, porque nada nos dados distingue um componente do outro. A log-verossimilhança para de subir logo: o EM está num ponto de sela, não no melhor ajuste, e fica ali para sempre.</translation>
    </message>
    <message>
        <source>Swapped start (μ₁ &gt; μ₂)</source>
        <translation>Início trocado (μ₁ &gt; μ₂)</translation>
    </message>
    <message>
        <source>The reference run mirrored: component 1 starts on the right and component 2 on the left. EM finds the same fit with the labels exchanged: μ₁ and μ₂ trade places and π becomes 1 − π, with exactly the same log likelihood. This is label switching: the numbers 1 and 2 are names, and the data cannot tell which is which.</source>
        <translation>A execução de referência espelhada: o componente 1 começa à direita e o componente 2 à esquerda. O EM encontra o mesmo ajuste com os rótulos trocados: μ₁ e μ₂ trocam de lugar e π vira 1 − π, com exatamente a mesma log-verossimilhança. Isto é a troca de rótulos (label switching): os números 1 e 2 são nomes, e os dados não conseguem dizer qual é qual.</translation>
    </message>
    <message>
        <source>Unbalanced weights (true π = 0.1)</source>
        <translation>Pesos desiguais (π verdadeiro = 0,1)</translation>
    </message>
    <message>
        <source>Only about one point in ten comes from component 1. Watch π fall from 0.5 towards 0.1: the small component has few points to average, so its mean is less certain and EM needs more iterations to settle.</source>
        <translation>Só cerca de um ponto em cada dez vem do componente 1. Veja π cair de 0,5 em direção a 0,1: o componente pequeno tem poucos pontos para calcular a média, então sua média é menos certa e o EM precisa de mais iterações para se estabilizar.</translation>
    </message>
    <message>
        <source>Start far from the data</source>
        <translation>Início longe dos dados</translation>
    </message>
    <message>
        <source>Both means start far to the right of every point (μ₁ = 6, μ₂ = 9). The first E-step gives almost every point to component 1, the nearer one, so π jumps to nearly 1 and component 2 is almost empty. EM recovers, pulled back by the few points on the far right, but needs about 50 iterations to reach the reference run&apos;s fit.</source>
        <translation>As duas médias começam bem à direita de todos os pontos (μ₁ = 6, μ₂ = 9). O primeiro passo E dá quase todos os pontos ao componente 1, o mais próximo, então π salta para quase 1 e o componente 2 fica quase vazio. O EM se recupera, puxado de volta pelos poucos pontos mais à direita, mas precisa de cerca de 50 iterações para chegar ao ajuste da execução de referência.</translation>
    </message>
    <message>
        <source>Three components: a good start</source>
        <translation>Três componentes: um bom início</translation>
    </message>
    <message>
        <source>150 points: a big group around 0 and two small ones near 4 and 6, fitted with three components sharing one σ. Started with a mean in each group, EM finds all three: the two small clusters get a component each (final log L ≈ −303.6). Then try the next preset, with the same data and a worse start.</source>
        <translation>150 pontos: um grupo grande em torno de 0 e dois pequenos perto de 4 e 6, ajustados com três componentes que compartilham um σ. Começando com uma média em cada grupo, o EM encontra os três: os dois grupos pequenos recebem um componente cada (log L final ≈ −303,6). Depois experimente o próximo cenário, com os mesmos dados e um início pior.</translation>
    </message>
    <message>
        <source>Three components: a poor start</source>
        <translation>Três componentes: um início ruim</translation>
    </message>
    <message>
        <source>The same 150 points, but two means start in the big group and one between the small ones. EM ends with two components on top of each other in the big group and one wide component covering both small clusters: a worse fit (log L ≈ −313.7 against −303.6) that EM cannot leave. In more general mixtures EM depends on where it starts: try several starts and keep the best.</source>
        <translation>Os mesmos 150 pontos, mas duas médias começam no grupo grande e uma entre os pequenos. O EM termina com dois componentes sobrepostos no grupo grande e um componente largo cobrindo os dois grupos pequenos: um ajuste pior (log L ≈ −313,7 contra −303,6) do qual o EM não consegue sair. Em misturas mais gerais o EM depende de onde começa: experimente vários inícios e fique com o melhor.</translation>
    </message>
    <message>
        <source>Free σ: a component collapses</source>
        <translation>σ livre: um componente colapsa</translation>
    </message>
    <message>
        <source>The reference sample, fitted with two components that each estimate their own σ, and the σ floor turned off. Component 1 starts narrow on the lowest point, which stands apart from the rest. Step: its σ shrinks towards 0 and the log likelihood shoots up. That is no better fit: the likelihood of a mixture with free variances has no maximum. With the floor back on (Setup), EM is held at σ = 1/1000 of the spread: the numbers stay finite, but the spike shows the pull is still there.</source>
        <translation>A amostra de referência, ajustada com duas componentes que estimam cada uma seu próprio σ, e o piso de σ desligado. A componente 1 começa estreita sobre o ponto mais baixo, que fica afastado dos demais. Passo: seu σ encolhe para 0 e a log-verossimilhança dispara. Não é um ajuste melhor: a verossimilhança de uma mistura com variâncias livres não tem máximo. Com o piso ligado de novo (Dados), o EM fica preso em σ = 1/1000 da dispersão: os números continuam finitos, mas o pico mostra que a atração continua.</translation>
    </message>
    <message>
        <source>Shared σ: a geyser&apos;s eruptions</source>
        <translation>σ comum: as erupções de um gêiser</translation>
    </message>
    <message>
        <source>272 simulated eruption lengths in minutes, like the famous Old Faithful data: short eruptions near 2 minutes and long ones near 4.3. The fixed variance of 1 would be far too wide here, so both components share one estimated σ. EM finds the two kinds of eruption in a few iterations, with σ ≈ 0.35 minutes.</source>
        <translation>272 durações de erupção simuladas, em minutos, como os famosos dados do Old Faithful: erupções curtas perto de 2 minutos e longas perto de 4,3. A variância fixa de 1 seria larga demais aqui, então os dois componentes compartilham um σ estimado. O EM encontra os dois tipos de erupção em poucas iterações, com σ ≈ 0,35 minuto.</translation>
    </message>
</context>
<context>
    <name>PresetsPanel</name>
    <message>
        <source>Sample: {n} = {count} from {k} components (means {means}), seed {seed}.</source>
        <extracomment>Wider than this, the explanation sits beside the list instead of under it. The widest the list asks to be for its titles, at 100 % (a long title of one&apos;s own scrolls).</extracomment>
        <translation>Amostra: {n} = {count} de {k} componentes (médias {means}), semente {seed}.</translation>
    </message>
    <message>
        <source>Sample: {n} = {count}, separation {sep}, true {pi} = {true_pi}, seed {seed}.</source>
        <translation>Amostra: {n} = {count}, separação {sep}, {pi} verdadeiro = {true_pi}, semente {seed}.</translation>
    </message>
    <message>
        <source>Start: {values}</source>
        <translation>Início: {values}</translation>
    </message>
    <message>
        <source>Model: {model}.&lt;br&gt;Start: means {means}</source>
        <translation>Modelo: {model}.&lt;br&gt;Início: médias {means}</translation>
    </message>
    <message>
        <source> (no σ floor)</source>
        <translation> (sem piso para σ)</translation>
    </message>
    <message>
        <source>{sample}&lt;br&gt;{start}; tolerance {tol}</source>
        <translation>{sample}&lt;br&gt;{start}; tolerância {tol}</translation>
    </message>
    <message>
        <source>1 component, variances {form}</source>
        <translation>1 componente, variâncias {form}</translation>
    </message>
    <message>
        <source>{k} components, variances {form}</source>
        <translation>{k} componentes, variâncias {form}</translation>
    </message>
    <message>
        <source>Save current settings as a preset</source>
        <translation>Salvar a configuração atual como cenário</translation>
    </message>
    <message>
        <source>e.g. Tuesday&apos;s demo: overlapping groups</source>
        <translation>ex.: Demonstração de terça: grupos sobrepostos</translation>
    </message>
    <message>
        <source>What should students notice? (optional)</source>
        <translation>O que os alunos devem notar? (opcional)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Explanation:</source>
        <translation>&amp;Explicação:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Configuração:</translation>
    </message>
    <message>
        <source>Presets</source>
        <extracomment>A Preset to load: the window calls session.simulate_from(p.simulation, p.start) and session.set_tolerance(p.tol). The teacher&apos;s presets changed (saved or deleted); carries the new list of Presets.</extracomment>
        <translation>Cenários</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Carregar</translation>
    </message>
    <message>
        <source>Draw this sample and start EM from this preset&apos;s start values (or double-click the preset, or press Enter in the list)</source>
        <translation>Sortear esta amostra e começar o EM a partir dos valores iniciais deste cenário (ou dê um duplo clique no cenário, ou pressione Enter na lista)</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Delete this preset of your own (built-in presets stay)</source>
        <translation>Excluir este cenário seu (os cenários embutidos ficam)</translation>
    </message>
    <message>
        <source>Only simulated data can be saved as a preset; these data came from a file.</source>
        <translation>Só dados simulados podem ser salvos como cenário; estes dados vieram de um arquivo.</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Excluir cenário</translation>
    </message>
    <message>
        <source>Delete the preset “{title}”?</source>
        <translation>Excluir o cenário “{title}”?</translation>
    </message>
    <message>
        <source>Your own preset</source>
        <translation>Seu próprio cenário</translation>
    </message>
    <message>
        <source>Built-in preset</source>
        <translation>Cenário embutido</translation>
    </message>
    <message>
        <source>&lt;i&gt;No explanation was written.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nenhuma explicação foi escrita.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>; suggested: {n} steps</source>
        <translation>; sugerido: {n} passos</translation>
    </message>
    <message>
        <source> (your own preset)</source>
        <translation> (seu próprio cenário)</translation>
    </message>
    <message>
        <source>Keep the current sample settings, start values and tolerance as a preset</source>
        <translation>Guardar a configuração atual da amostra, os valores iniciais e a tolerância como cenário</translation>
    </message>
    <message>
        <source>Only simulated data can be saved as a preset</source>
        <translation>Só dados simulados podem ser salvos como cenário</translation>
    </message>
    <message>
        <source>Cannot save the preset</source>
        <translation>Não foi possível salvar o cenário</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Iteration {n}</source>
        <translation>Iteração {n}</translation>
    </message>
    <message>
        <source>Iteration {n} ({after})</source>
        <translation>Iteração {n} ({after})</translation>
    </message>
    <message>
        <source>start values</source>
        <translation>início</translation>
    </message>
    <message>
        <source>after E-step</source>
        <translation>após E</translation>
    </message>
    <message>
        <source>after M-step</source>
        <translation>após M</translation>
    </message>
    <message>
        <source>Stopped on a saddle at iteration {n}</source>
        <translation>Parou num ponto de sela na iteração {n}</translation>
    </message>
    <message>
        <source>Converged at iteration {n}</source>
        <translation>Convergiu na iteração {n}</translation>
    </message>
    <message>
        <source>Not converged after {n} iterations</source>
        <translation>Não convergiu após {n} iterações</translation>
    </message>
    <message>
        <source>Not converged yet</source>
        <translation>Ainda não convergiu</translation>
    </message>
    <message>
        <source>Play stopped: a component collapsed onto a point.</source>
        <translation>Execução parada: um componente colapsou sobre um ponto.</translation>
    </message>
    <message>
        <source>Play stopped: EM stands still on a saddle.</source>
        <translation>Execução parada: o EM está parado num ponto de sela.</translation>
    </message>
    <message>
        <source>Play stopped: converged.</source>
        <translation>Execução parada: convergiu.</translation>
    </message>
    <message>
        <source>Play stopped: limit of {n} iterations.</source>
        <translation>Execução parada: limite de {n} iterações.</translation>
    </message>
    <message>
        <source>The log likelihood rose by less than the tolerance {tol} in the last iteration.</source>
        <translation>A log-verossimilhança subiu menos que a tolerância {tol} na última iteração.</translation>
    </message>
    <message>
        <source>EM did not converge within the maximum of {n} iterations; raise it under Stopping rule to go on.</source>
        <translation>O EM não convergiu dentro do máximo de {n} iterações; aumente-o em Regra de parada para continuar.</translation>
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
        <translation>A iteração do EM mostrada (0 são os valores iniciais).</translation>
    </message>
    <message>
        <source>Observed-data log likelihood at the parameters shown.</source>
        <translation>Log-verossimilhança dos dados observados nos parâmetros mostrados.</translation>
    </message>
    <message>
        <source>How much the log likelihood rose in the last iteration (EM never lowers it).</source>
        <translation>Quanto a log-verossimilhança subiu na última iteração (o EM nunca a diminui).</translation>
    </message>
    <message>
        <source>Converged once a rise is smaller than the tolerance.</source>
        <translation>Converge assim que um aumento for menor que a tolerância.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Step {n} of {total}</source>
        <extracomment>Above this many stops the tick marks would merge into a grey bar, so none are drawn.</extracomment>
        <translation>Passo {n} de {total}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>A timeline position (0 .. state.last_position) the user asked to see: wire to session.seek.</extracomment>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Drag, or use Left/Right, to show any recorded step</source>
        <translation>Arraste, ou use Esquerda/Direita, para mostrar qualquer passo registrado</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Linha do tempo</translation>
    </message>
</context>
<context>
    <name>TraceViews</name>
    <message>
        <source>EM iteration</source>
        <extracomment>The x axis first shows this many iterations and then grows by about a quarter at a time. Symbol pens and brushes are made once: pyqtgraph caches a symbol&apos;s picture under the identity of its pen and brush, so a colour given by name would render it anew every step. Traces show a dot per iteration up to this many iterations (then the dots merge anyway). Width of the left axes, fixed so that stacked plots line up.</extracomment>
        <translation>Iteração</translation>
    </message>
    <message>
        <source>observed-data log likelihood</source>
        <translation>log-verossimilhança dos dados observados</translation>
    </message>
    <message>
        <source>log likelihood</source>
        <translation>log-verossimilhança</translation>
    </message>
    <message>
        <source>log L</source>
        <translation>log L</translation>
    </message>
    <message>
        <source>⚠ The log likelihood fell at iteration {where}. EM never lowers it, so this points to a bug or to lost precision.</source>
        <translation>⚠ A log-verossimilhança caiu na iteração {where}. O EM nunca a diminui, então isto indica um erro ou perda de precisão.</translation>
    </message>
    <message>
        <source>⚠ The log likelihood fell at iterations {where}. EM never lowers it, so this points to a bug or to lost precision.</source>
        <translation>⚠ A log-verossimilhança caiu nas iterações {where}. O EM nunca a diminui, então isto indica um erro ou perda de precisão.</translation>
    </message>
    <message>
        <source>log L = {value}</source>
        <translation>log L = {value}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log likelihood&lt;/b&gt;</source>
        <translation>&lt;b&gt;Log-verossimilhança&lt;/b&gt;</translation>
    </message>
    <message>
        <source>iteration {n}</source>
        <translation>iteração {n}</translation>
    </message>
    <message>
        <source>, after the E-step</source>
        <translation>, após E</translation>
    </message>
    <message>
        <source>, after the M-step</source>
        <translation>, após M</translation>
    </message>
    <message>
        <source>✓ converged ​at iteration {n}</source>
        <translation>✓ convergiu ​na iteração {n}</translation>
    </message>
    <message>
        <source>means μ₁, μ₂</source>
        <translation>médias μ₁, μ₂</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>pesos</translation>
    </message>
    <message>
        <source>means</source>
        <translation>médias</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parâmetros&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{swatch} true values</source>
        <translation>{swatch} valores verdadeiros</translation>
    </message>
</context>
<context>
    <name>TruthPanel</name>
    <message>
        <source>This count uses the responsibilities of the previous {theta} (the E-step of iteration {n}): the M-step has since moved the estimate to {now}, whose responsibilities come with the next E-step.</source>
        <extracomment>K components: the true component (0-based) matched to each fitted one.</extracomment>
        <translation>Esta contagem usa as responsabilidades do {theta} anterior (o passo E da iteração {n}): desde então o passo M moveu a estimativa para {now}, cujas responsabilidades vêm com o próximo passo E.</translation>
    </message>
    <message>
        <source>This count uses the responsibilities of {theta}, the estimate in the table.</source>
        <translation>Esta contagem usa as responsabilidades de {theta}, a estimativa da tabela.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>um arquivo</translation>
    </message>
    <message>
        <source>&lt;p&gt;These data came from {source}, not from the simulator, so the true parameters are unknown.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Estes dados vieram de {source}, não do simulador, então os parâmetros verdadeiros são desconhecidos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Estimate {theta}</source>
        <translation>Estimativa {theta}</translation>
    </message>
    <message>
        <source>Truth</source>
        <translation>Verdade</translation>
    </message>
    <message>
        <source>&lt;p&gt;The data were drawn from {k} components; the model fits {fit}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Os dados foram sorteados de {k} componentes; o modelo ajusta {fit}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The agreement with the true labels appears after the first E-step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A concordância com os rótulos verdadeiros aparece após o primeiro passo E.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The most probable component is the true one for &lt;b&gt;{matched} of {n}&lt;/b&gt; points ({percent}%), with the components&apos; names matched in the best way: EM&apos;s numbers 1, 2, … carry no meaning, so any relabelling of the fit is just as good.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O componente mais provável é o verdadeiro para &lt;b&gt;{matched} de {n}&lt;/b&gt; pontos ({percent}%), com os nomes dos componentes pareados da melhor forma: os números 1, 2, … do EM não têm significado, então qualquer troca de rótulos do ajuste é igualmente boa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;In the file&apos;s units{unit}:&lt;/b&gt; {mu1} = {v1}, {mu2} = {v2}, and each component&apos;s spread is {spread} (the model works on {model}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nas unidades do arquivo{unit}:&lt;/b&gt; {mu1} = {v1}, {mu2} = {v2}, e a dispersão de cada componente é {spread} (o modelo trabalha com {model}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Estimate&lt;br&gt;{theta}</source>
        <translation>Estimativa&lt;br&gt;{theta}</translation>
    </message>
    <message>
        <source>Truth&lt;br&gt;&amp;nbsp;</source>
        <translation>Verdade&lt;br&gt;&amp;nbsp;</translation>
    </message>
    <message>
        <source>Truth with&lt;br&gt;1 and 2 exchanged</source>
        <translation>Verdade com&lt;br&gt;1 e 2 trocados</translation>
    </message>
    <message>
        <source>&lt;p&gt;In this sample {drawn} of {n} points ({percent}%) were drawn from component 1; the true {pi} is the share expected in a very large sample.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nesta amostra, {drawn} de {n} pontos ({percent}%) foram sorteados do componente 1; o {pi} verdadeiro é a proporção esperada numa amostra muito grande.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The most probable component is the true one for &lt;b&gt;{matched} of {n}&lt;/b&gt; points ({percent}%).&lt;/p&gt;</source>
        <translation>&lt;p&gt;O componente mais provável é o verdadeiro para &lt;b&gt;{matched} de {n}&lt;/b&gt; pontos ({percent}%).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The labels are swapped:&lt;/b&gt; the fit calls the true component 1 “component 2” and the other way round. That is label switching: the names 1 and 2 carry no information, so the fit is just as good; compare with the last column.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Os rótulos estão trocados:&lt;/b&gt; o ajuste chama o componente 1 verdadeiro de “componente 2” e vice-versa. Isto é a troca de rótulos (label switching): os nomes 1 e 2 não carregam informação, então o ajuste é igualmente bom; compare com a última coluna.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
