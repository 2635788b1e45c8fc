"""The unit classifier: features, the linear model, the component and its training."""
