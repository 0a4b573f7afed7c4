import { node } from '@threadlab/eslint-config';

export default node(import.meta.dirname);
