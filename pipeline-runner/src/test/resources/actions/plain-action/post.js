console.log(`post saw saved=${process.env['STATE_saved']}`);
