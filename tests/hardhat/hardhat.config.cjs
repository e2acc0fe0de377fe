// The local EVM node the integration tests pay on, started by tests/support/HardhatNode (`hardhat node`):
// chain 31337, the 20 public development accounts of the `test test ... junk` mnemonic (unlocked, 10000 ETH
// each), automining. Nothing is compiled: `hardhat node` runs no solc, so no compiler is downloaded.
// Tests mine, time-travel and reorganise with hardhat_mine, evm_mine, evm_setAutomine, evm_increaseTime,
// evm_setNextBlockTimestamp, evm_snapshot and evm_revert, and fund with hardhat_setBalance.
// .cjs because tests/package.json says "type": "module".
module.exports = {
  networks: {
    hardhat: {
      chainId: 31337,
      mining: { auto: true, interval: 0 },
      loggingEnabled: false, // no line per RPC call on the node's output
    },
  },
};
