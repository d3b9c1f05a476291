import * as core from '@actions/core';

try {
  const who = core.getInput('who-to-greet', { required: true });
  const greeting = `${core.getInput('greeting word')} ${who}`;
  core.info(`${greeting}! (the pre step saved '${core.getState('pre')}')`);
  core.setOutput('greeting', greeting);
  core.exportVariable('GREETED', who);
  core.saveState('greeted', who);

  const token = await core.getIDToken(core.getInput('audience'));
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  core.setOutput('sub', claims.sub);
  core.setOutput('aud', claims.aud);
  core.info(`token: ${token}`);
} catch (error) {
  core.setFailed(error.message);
}
