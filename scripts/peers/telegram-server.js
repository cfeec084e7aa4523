// The Telegram Bot API emulator (npm telegram-test-api) for the Telegram
// adapter's end-to-end tests, started by scripts/peers/telegram:
//
//   node telegram-server.js <module folder> <port>
//
// Listens on 127.0.0.1 only. Messages are kept for ten minutes (the default
// minute is shorter than a slow test run) and then dropped.
'use strict';

const [moduleDir, portText] = process.argv.slice(2);
const port = Number(portText);
if (!moduleDir || !Number.isInteger(port) || port <= 0) {
  console.error('usage: node telegram-server.js <module folder> <port>');
  process.exit(2);
}

const TelegramServer = require(require.resolve('telegram-test-api', { paths: [moduleDir] }));

const server = new TelegramServer({ host: '127.0.0.1', port, storeTimeout: 600 });

server.start().then(
  () => console.log(`telegram-test-api listening on http://127.0.0.1:${port}`),
  (error) => {
    console.error(`telegram-test-api could not start: ${error}`);
    process.exit(1);
  },
);

const stop = () => {
  server.stop().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
