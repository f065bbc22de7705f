f'value }'
