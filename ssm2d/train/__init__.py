"""Training (notebooks 23, 40-45): datasets and loaders, the fastai Learner and its callbacks, token labelling, the `ssm2d_train` command line, test data (real-data search, fixtures)."""
