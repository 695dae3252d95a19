public enum NewsAPIModule {}
