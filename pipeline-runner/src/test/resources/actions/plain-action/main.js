const fs = require('fs');

const who = process.env['INPUT_WHO_TO_GREET'];
const secret = process.env['INPUT_SECRET'] || '';
if (secret !== '') {
  console.log(`::add-mask::${secret}`);
  console.log(`the secret is ${secret}`);
}
fs.appendFileSync(process.env['GITHUB_OUTPUT'], `greeting=hi ${who}\n`);
fs.appendFileSync(process.env['GITHUB_STATE'], 'saved=yes\n');
fs.appendFileSync(process.env['GITHUB_ENV'], `PLAIN_GREETED=${who}\n`);
console.log(`cwd=${process.cwd()}`);
console.log(
  `action=${process.env['GITHUB_ACTION']} repository=${process.env['GITHUB_ACTION_REPOSITORY']}` +
    ` ref=${process.env['GITHUB_ACTION_REF']} icu=${process.env['NODE_ICU_DATA'] || 'unset'}`
);
if (process.env['INPUT_FAIL'] === 'true') {
  console.log('::error::asked to fail');
  process.exit(1);
}
const sleep = Number(process.env['INPUT_SLEEP-SECONDS'] || '0');
if (sleep > 0) {
  console.log(`sleeping ${sleep} s`);
  setTimeout(() => console.log('woke up'), sleep * 1000);
}
