// Compiles the test contracts with solc-js (pinned in tests/package-lock.json) into <Name>.bin.json.
// Run: node tests/contracts/compile.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const solc = require('../node_modules/solc');
const dir = path.dirname(new URL(import.meta.url).pathname);
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.sol'))) {
  const input = { language: 'Solidity', sources: { [file]: { content: fs.readFileSync(path.join(dir, file), 'utf8') } },
    settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: 'paris',
                outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } } } };
  const output = JSON.parse(solc.compile(JSON.stringify(input)));
  for (const error of output.errors ?? []) if (error.severity === 'error') throw new Error(error.formattedMessage);
  for (const [name, contract] of Object.entries(output.contracts[file])) {
    fs.writeFileSync(path.join(dir, `${name}.bin.json`), JSON.stringify({ compiler: solc.version(), abi: contract.abi,
      bytecode: `0x${contract.evm.bytecode.object}` }, null, 1) + '\n');
    console.log(`${name}: ${contract.evm.bytecode.object.length / 2} bytes`);
  }
}
