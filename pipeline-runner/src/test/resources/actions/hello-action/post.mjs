import * as core from '@actions/core';

core.info(`post step: greeted '${core.getState('greeted')}', pre '${core.getState('pre')}'`);
