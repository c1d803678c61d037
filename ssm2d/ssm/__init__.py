"""The 2-D SSM (notebooks 01-08): the Roesser recurrence, its closed-form kernel, normalisation, parameters, application and the `SSM2D` layer."""
