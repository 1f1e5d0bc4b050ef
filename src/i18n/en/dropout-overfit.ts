/** English UI strings of the dropout-overfit widget (src/widgets/dropout-overfit/, components/DropoutOverfit.astro). */
export const strings = {
  dofTitle: 'Overfitting, with and without dropout',
  dofCaption:
    'One network with two hidden layers of 64 ReLU units, made twice from one seed with the same initial weights, learns 30 noisy two-moons points (full batch, Adam). Left: no dropout. Right: each hidden unit is dropped with probability p at every training step. Each side shows its decision regions with the points, its training and test loss E = ½(y − y′)² per epoch (the test loss on 200 held-out points; both charts share their axes), and the gap between them.',
  dofP: 'Drop probability p (right network)',
  dofSettings: 'Run and map settings',
  dofPoints: 'Points on the maps',
  dofPointsTrain: 'the 30 training points',
  dofPointsTest: 'the 200 test points',
  dofEpochs: 'Stop at epoch',
  dofLeft: 'No dropout (p = 0)',
  dofRight: 'Dropout, p = {p}',
  dofTrain: 'training loss',
  dofTest: 'test loss',
  dofEpoch: 'epoch',
  dofLoss: 'loss E',
  dofMap: '{name}: the network’s output over the plane, P(class 1), with its decision boundary',
  dofMapTrain: 'The {n} training points, two classes',
  dofMapTest: 'The {n} held-out test points, two classes',
  dofChart: '{name}: training and test loss per epoch',
  dofStats: 'E_train = {train}, E_test = {test}, gap E_test − E_train = {gap}',
  dofSummary: 'Epoch {epoch} of {total}. {left}. {right}.',
} as const;
