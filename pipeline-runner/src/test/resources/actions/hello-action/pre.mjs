import * as core from '@actions/core';

core.saveState('pre', 'ran');
core.info('pre step ran');
