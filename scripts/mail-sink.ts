/**
 * The local mail sink (see scripts/lib/mail-sink.ts): `npm start` runs it; read the mail at
 * http://127.0.0.1:8025/.
 *
 * Usage: node scripts/mail-sink.ts [--smtp-port 2525] [--http-port 8025] [--dir .data/mail | --memory]
 */
import { parseArgs } from 'node:util';
import { startMailSink } from './lib/mail-sink.ts';

const { values } = parseArgs({
  options: {
    'smtp-port': { type: 'string', default: '2525' },
    'http-port': { type: 'string', default: '8025' },
    dir: { type: 'string', default: '.data/mail' },
    memory: { type: 'boolean', default: false },
  },
});
const smtpPort = Number(values['smtp-port']);
const httpPort = Number(values['http-port']);
const sink = await startMailSink({
  smtpPort,
  httpPort,
  ...(values.memory ? {} : { dir: values.dir }),
});
console.log(
  `Mail sink: SMTP at smtp://127.0.0.1:${smtpPort}, read the mail at http://127.0.0.1:${httpPort}/`,
);
const stop = () => void sink.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
