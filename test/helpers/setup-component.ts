/** jest `setupFilesAfterEnv` of the component project: every component test runs in a fresh environment. */
import { closeEnvironment, freshEnvironment } from './environment';

beforeEach(() => {
  freshEnvironment();
});
afterEach(() => {
  closeEnvironment();
});
