// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// Stands in for a Chainlink price feed in tests: the same AggregatorV3Interface reads (decimals(),
// latestRoundData()), with rounds the test writes itself, so answers, staleness and broken values can be
// replayed on a local node.
contract ChainlinkTestAggregator {
    uint8 public decimals;
    uint80 private latestRound;
    int256 private latestAnswer;
    uint256 private latestUpdatedAt;

    constructor(uint8 decimals_) {
        decimals = decimals_;
    }

    // A new round: its answer (scaled by 10^decimals, may be zero or negative) and when it was updated.
    function setRound(int256 answer, uint256 updatedAt) external {
        latestRound += 1;
        latestAnswer = answer;
        latestUpdatedAt = updatedAt;
    }

    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        return (latestRound, latestAnswer, latestUpdatedAt, latestUpdatedAt, latestRound);
    }

    function description() external pure returns (string memory) {
        return "ETH / USD (test aggregator)";
    }

    function version() external pure returns (uint256) {
        return 4;
    }
}
